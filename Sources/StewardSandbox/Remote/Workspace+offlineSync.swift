import Foundation
import StewardCore
import StewardGit

/// One offline proposal `steward sync` numbered (spec 22.4): `offline` (`o2`) is now #`number`,
/// its head re-made with that number.
public struct Renumbered: Codable, Sendable, Hashable, Error {
    public var offline: String
    public var number: Int
    public var head: String
}

/// Offline proposal J's ref went while this sync waited for the shared database: another sync
/// of this process numbered it (and says so), so this one goes on to the next.
private struct NumberedMeanwhile: Error {}

extension Workspace {
    /// Where sync notes each number it is about to push for offline proposal J, before the
    /// push (one `N RECORD` line per attempt), so a sync killed after a push landed (or whose
    /// killed `git push` landed later) finishes it instead of numbering it twice.
    nonisolated func offlineNumberingPath(_ j: Int) -> String { stateDir + "/offline-numbering/\(j)" }

    /// Numbers every offline proposal here, oldest first (spec 22.4): each claims a number on
    /// the remote as `propose` does (from the shared database first, `numbered`; a lost claim
    /// takes the next), its commits re-made with
    /// `Steward-Proposal: N` (same trees, order, authors and author dates; committed now),
    /// pushed with its branch and its `proposed` event (`provisional` `oJ`, dated when it was
    /// made) in one atomic push; then its offline ref is deleted. `steward sync` calls it after
    /// its catch-up. Idempotent: the number is noted before the push, and a proposal whose
    /// noted claim is already here or on the remote is only finished (its offline ref deleted).
    /// - Throws: what `propose` throws for a remote that does not answer (exit 4, nothing
    ///   numbered from that one on); `StewardError.failure` for an offline ref Steward did not make.
    public func numberOfflineProposals() async throws -> [Renumbered] {
        guard let remote = try publishTarget()?.remote else { return [] }
        let r = try repo
        var out: [Renumbered] = []
        for (j, head) in try offlineRefs() {
            if let done = try alreadyNumbered(j, remote: remote) {
                try finishNumbering(j, head: head)
                out.append(done)
                continue
            }
            let chain = try offlineChain(j, head: head)
            let record = chain[0]
            guard let base = record.parents.first else { throw StewardError.failure("o\(j)'s record commit \(record.id.short) has no base") }
            let paths = try r.changes(from: try r.commitInfo(base).tree, to: try r.commitInfo(head).tree).map(\.path)
            let event = ProposedEvent(
                title: Self.title(of: record), agent: record.trailers[Trailer.agent] ?? record.authorName, base: base,
                date: Date(timeIntervalSince1970: Double(record.time)), paths: Self.sortedPaths(paths),
                provisional: "o\(j)")
            do {
                let (number, newHead, _) = try await numbered { reserved in
                    try remoteRounds(.proposal) {
                        try withProposalsLock {
                            try publishedStep { _ in
                                let made = try claim(event, reserved: reserved) { n in
                                    // A claim lost to an earlier attempt of this very proposal (a
                                    // killed sync's push that landed late) is the proposal numbered.
                                    if let done = try alreadyNumbered(j, remote: remote) { throw done }
                                    // Another sync of this process (a worker's tasks each sync)
                                    // numbered it while this one waited for the database.
                                    if try repo.reference(Refs.offline(j)) == nil { throw NumberedMeanwhile() }
                                    let made = try remake(chain, j: j, as: n, onto: base)
                                    try noteNumbering(j, number: n, record: made.record)
                                    // Added to since it was read (an agent run): numbered next time,
                                    // whole (`append(toOffline:)` checks the note after moving oJ).
                                    guard try repo.reference(Refs.offline(j)) == head else { throw Self.addedToWhileNumbering(j) }
                                    return made
                                }
                                try carryComments(j, chain: chain, made: made)
                                return made
                            }
                        }
                    }
                }
                out.append(Renumbered(offline: "o\(j)", number: number, head: newHead.hex))
            } catch let done as Renumbered {
                out.append(done)
            } catch is NumberedMeanwhile {
                continue
            }
            try finishNumbering(j, head: head)
        }
        return out
    }

    /// Offline proposal J's commits made again for number `n` on `base`: the same trees, in
    /// the same order, by the same authors at the same author dates, committed now; `Proposal
    /// oJ:` and `Steward-Provisional: J` become `Proposal #N:` and `Steward-Proposal: N`.
    func remake(_ chain: [CommitInfo], j: Int, as n: Int, onto base: ObjectID) throws -> (
        record: ObjectID, head: ObjectID, commits: [ProposalResult.Commit]
    ) {
        let r = try repo
        var parent = base
        var record: ObjectID?
        var commits: [ProposalResult.Commit] = []
        for c in chain {
            parent = try r.commit(
                tree: c.tree, parents: [parent], message: try restamped(Self.renumbered(c.message, j: j, as: n)),
                author: Signature(name: c.authorName, email: c.authorEmail, time: c.time),
                committer: Signature(name: c.authorName, email: c.authorEmail, time: now()))
            if record == nil {
                record = parent
            } else {
                commits.append(.init(commit: parent.hex, op: c.trailers[Trailer.op] ?? "", summary: c.subject))
            }
        }
        return (record ?? parent, parent, commits)
    }

    /// `message` of one of oJ's commits, renumbered N: the subject's `Proposal oJ: ` and, in the
    /// trailer paragraph only (a rationale may hold any text), the `Steward-Provisional: J` line.
    static func renumbered(_ message: String, j: Int, as n: Int) -> String {
        var lines = message.components(separatedBy: "\n")
        while lines.last == "" { lines.removeLast() }
        let from = "Proposal o\(j): "
        if let subject = lines.first, subject.hasPrefix(from) { lines[0] = "Proposal #\(n): " + subject.dropFirst(from.count) }
        let old = Trailers.format([ProposalLabel.provisional(j).trailer])
        let new = Trailers.format([ProposalLabel.number(n).trailer])
        let start = (lines.lastIndex(of: "") ?? lines.startIndex) + 1
        for i in start..<lines.count where lines[i] == old { lines[i] = new }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Notes, before the push, that oJ is being pushed as N with record commit `record`.
    nonisolated func noteNumbering(_ j: Int, number n: Int, record: ObjectID) throws {
        let path = offlineNumberingPath(j)
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let earlier = FileManager.default.contents(atPath: path) ?? Data()
        try (earlier + Data("\(n) \(record.hex)\n".utf8)).write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    /// oJ as an earlier attempt numbered it, when a claim it noted is here or on the remote (as
    /// last fetched) at the record commit it made: that push landed; nil otherwise.
    func alreadyNumbered(_ j: Int, remote: RemoteEndpoint) throws -> Renumbered? {
        guard let data = FileManager.default.contents(atPath: offlineNumberingPath(j)) else { return nil }
        let r = try repo
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let parts = line.split(separator: " ")
            guard parts.count == 2, let n = Int(parts[0]), let record = ObjectID(hex: String(parts[1])) else { continue }
            let here = try r.reference(Refs.claim(n))
            let there = try r.reference(Refs.tracking(Refs.claim(n), remote: remote.name))
            guard here == record || there == record else { continue }
            let head = try r.reference(Refs.branch(n)) ?? r.reference(Refs.tracking(Refs.branch(n), remote: remote.name))
            return Renumbered(offline: "o\(j)", number: n, head: head?.hex ?? "")
        }
        return nil
    }

    /// oJ is on the remote with its number: its offline ref (if still at `head`), its comment
    /// chain (carried to `comments/N` in the same push) and its note go.
    func finishNumbering(_ j: Int, head: ObjectID) throws {
        let r = try repo
        if try r.reference(Refs.offline(j)) == head { try? r.deleteReference(Refs.offline(j), expected: head) }
        if let comments = try r.reference(Refs.offlineComments(j)) { try? r.deleteReference(Refs.offlineComments(j), expected: comments) }
        try? FileManager.default.removeItem(atPath: offlineNumberingPath(j))
    }
}
