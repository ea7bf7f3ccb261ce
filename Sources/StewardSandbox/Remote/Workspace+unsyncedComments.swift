import Foundation
import StewardCore
import StewardGit

// Comments on a numbered proposal made while the remote does not answer (spec 22.4,
// "Offline"): kept on the local-only chain `refs/steward/unsynced-comments/N`, listed with N's
// comments as not synced yet (id 0), published one by one on `comments/N` by `steward sync`.

extension Refs {
    /// This machine's comments on N that did not reach the remote yet: local only, never
    /// pushed, never fetched; `steward sync` publishes them on `comments/N`.
    static func unsyncedComments(_ n: Int) -> String { "refs/steward/unsynced-comments/\(n)" }
    static let unsyncedCommentsGlob = "refs/steward/unsynced-comments/*"
}

/// A comment (or a resolution) kept on this machine while the remote did not answer, which
/// `steward sync` published: now record `id` of proposal `proposal` on the remote.
public struct PublishedComment: Codable, Sendable, Hashable {
    public var proposal: Int
    public var id: Int
    /// For a resolution: the comment it resolves.
    public var resolves: Int? = nil
    /// For a resolution not published because that comment was already resolved on the remote:
    /// by whom (`id` is then the remote's resolution).
    public var alreadyResolvedBy: String? = nil
}

extension Workspace {
    /// Keeps a person's comment on pending N here because the remote did not answer its push:
    /// the record `comment(on:)` would have pushed, on `refs/steward/unsynced-comments/N`
    /// (`comment(on:)` checked it first).
    func keepUnsynced(
        on n: Int, path: String?, line: Int?, side: ProposalComment.Side?, text: String, by person: String
    ) throws -> ProposalComment {
        let (base, head) = try pendingVersion(n, action: "comment on")
        let lineText = try self.lineText(at: path, line: line, side: side, in: "#\(n)", base: base, head: head)
        let made = try appendRecord(to: Refs.unsyncedComments(n), prefix: "comment") { seq in
            let r = CommentRecord(
                sequence: seq, kind: .commented, proposal: n, author: person, date: Date(timeIntervalSince1970: Double(now())),
                text: text, commit: head.hex, path: path, side: line == nil ? nil : side ?? .new, line: line, lineText: lineText)
            return ChainRecord(sequence: seq, kind: r.kind.rawValue, proposal: n, json: try r.json(), actor: person, value: r)
        }
        let info = try proposal(n, withStats: false)
        guard let c = try comments([made.value], on: info).first else { throw StewardError.failure("the comment on #\(n) was not kept") }
        return Self.unsynced(c)
    }

    /// N's comments kept here and not published yet, oldest first, placed as `comments(on:)`
    /// places the others: `id` 0, `unsynced`. (The resolutions kept here are of published
    /// comments: `withUnsyncedResolutions`.)
    func unsyncedComments(on info: ProposalInfo) throws -> [ProposalComment] {
        let kept = try commentRecords(at: Refs.unsyncedComments(info.number)).filter { $0.kind == .commented }
        return try comments(kept, on: info).map(Self.unsynced)
    }

    /// N's comment records from `comments/N` with the resolutions kept here after them (the
    /// remote's first resolution of a comment counts), and the ids whose only resolution is
    /// kept here (`resolutionUnsynced`).
    func withUnsyncedResolutions(_ n: Int) throws -> (records: [CommentRecord], unsynced: Set<Int>) {
        let records = try commentRecords(n)
        let kept = try commentRecords(at: Refs.unsyncedComments(n)).filter { $0.kind == .resolved }
        let there = Set(records.compactMap(\.resolves))
        return (records + kept, Set(kept.compactMap(\.resolves)).subtracting(there))
    }

    /// Keeps a person's resolution of comment `k` on pending N here because the remote did not
    /// answer its push (spec 22.4): a `resolved` record on `refs/steward/unsynced-comments/N`,
    /// published in order with the comments kept there by the next `steward sync`.
    func keepUnsyncedResolution(_ k: Int, on n: Int, by person: String) throws -> ProposalComment {
        _ = try pendingVersion(n, action: "resolve comments of")
        let c = try comment(k, on: n)
        if c.state == .resolved {
            throw StewardError.conflict("comment \(k) on #\(n) was already resolved by \(Escape.inline(c.resolvedBy ?? "someone"))")
        }
        _ = try appendRecord(to: Refs.unsyncedComments(n), prefix: "comment") { seq in
            let r = CommentRecord(
                sequence: seq, kind: .resolved, proposal: n, author: person, date: Date(timeIntervalSince1970: Double(now())), resolves: k)
            return ChainRecord(sequence: seq, kind: r.kind.rawValue, proposal: n, json: try r.json(), actor: person, value: r)
        }
        return try comment(k, on: n)
    }

    static func unsynced(_ comment: ProposalComment) -> ProposalComment {
        var c = comment
        c.id = 0
        c.unsynced = true
        return c
    }

    /// How many comments wait here to be published, per proposal (`steward status`, `review`).
    public func unsyncedCommentCounts() throws -> [Int: Int] {
        var out: [Int: Int] = [:]
        for (name, _) in try repo.references(matching: Refs.unsyncedCommentsGlob) {
            guard let n = Refs.number(in: name) else { continue }
            out[n] = try unsyncedRecords(n).count
        }
        return out
    }

    /// The records kept for N, oldest first, each with the commit that holds it.
    func unsyncedRecords(_ n: Int) throws -> [(commit: ObjectID, record: CommentRecord)] {
        let r = try repo
        var out: [(ObjectID, CommentRecord)] = []
        var cursor = try r.reference(Refs.unsyncedComments(n))
        while let c = cursor {
            let info = try r.commitInfo(c)
            guard let json = Self.recordJSON(in: info.message), let record = try? CommentRecord.decode(json: json) else {
                throw StewardError.failure(
                    "commit \(c.short) on \(Refs.unsyncedComments(n)) holds no readable comment: something other than Steward wrote it; if you do not need it, delete it with 'git update-ref -d \(Refs.unsyncedComments(n))'"
                )
            }
            out.append((c, record))
            cursor = info.parents.first
        }
        return out.reversed()
    }

    /// Publishes every comment kept here on `comments/N` (spec 22.4), proposal by proposal,
    /// oldest first, each as one push on top of what the remote holds (a lost lease: fetched,
    /// caught up, made again, at most 10 times), by the same person with the same date, text
    /// and place, with `madeOffline` naming the kept commit. One already on `comments/N` with
    /// that name (an earlier sync's push that landed, also one killed before it could tidy up)
    /// is not published again. Once all of N's are there, N's chain here is deleted. `steward
    /// sync` calls it after numbering offline proposals. Published whatever N's state now (a
    /// comment made while N was pending is kept even if another machine decided N meanwhile).
    /// - Throws: `StewardError.conflict` when the remote stops answering (the comments not
    ///   published stay here for the next sync); `.failure` when its push is refused.
    public func publishUnsyncedComments() throws -> [PublishedComment] {
        guard let (remote, publisher) = try publishTarget() else { return [] }
        let r = try repo
        var out: [PublishedComment] = []
        for (name, head) in try r.references(matching: Refs.unsyncedCommentsGlob).sorted(by: { $0.name < $1.name }) {
            guard let n = Refs.number(in: name) else { continue }
            for (commit, kept) in try unsyncedRecords(n) {
                var round = 0
                while true {
                    do {
                        let there = try commentRecords(n)
                        if there.contains(where: { $0.madeOffline == commit.hex }) { break }
                        // A resolution of a comment already resolved there (another machine) is not needed.
                        if let k = kept.resolves, let first = there.first(where: { $0.kind == .resolved && $0.resolves == k }) {
                            out.append(PublishedComment(proposal: n, id: first.sequence, resolves: k, alreadyResolvedBy: first.author))
                            break
                        }
                        let made = try publishedStep { _ in
                            try appendRecord(to: Refs.comments(n), prefix: "comment") { seq in
                                var record = kept
                                record.sequence = seq
                                record.madeOffline = commit.hex
                                return ChainRecord(
                                    sequence: seq, kind: record.kind.rawValue, proposal: n, json: try record.json(), actor: record.author,
                                    value: record)
                            }
                        }
                        out.append(PublishedComment(proposal: n, id: made.value.sequence, resolves: kept.resolves))
                        break
                    } catch is LostLease where round < 10 {
                        round += 1
                        try publisher.fetch(from: remote, only: nil, into: self)
                        try publisher.catchUp(self, remote: remote)
                    } catch let failure as RemoteFailure {
                        let kept = "the comments on #\(n) not published yet stay on this machine; run 'steward sync' again"
                        switch failure {
                        case .unreachable(let message): throw StewardError.conflict("\(message); \(kept)")
                        case .leaseLost(_, let message), .refused(_, let message), .failed(let message):
                            throw StewardError.failure("\(message); \(kept)")
                        }
                    } catch is LostLease {
                        throw StewardError.conflict(
                            "#\(n)'s comments kept changing on \(remote.name) (10 tries); the comments on #\(n) not published yet stay on this machine; run 'steward sync' again"
                        )
                    }
                }
            }
            try? r.deleteReference(name, expected: head)
        }
        return out
    }
}
