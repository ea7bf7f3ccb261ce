import Foundation
import StewardCore
import StewardGit

/// How a step's refs reach the remote and the remote's come back (spec 22.4). The real one
/// runs `GitTransport` and the catch-up (22.6); tests give fakes that record or refuse.
public protocol RefPublisher: Sendable {
    /// One atomic push with a lease on every ref; all of it lands or none.
    /// - Throws: `RemoteFailure` (`.leaseLost`: another machine got there first).
    func push(_ refs: [RefPush], to remote: RemoteEndpoint, from workspace: isolated Workspace) throws
    /// Fetches into the tracking refs (`refs/steward-sync/R/…`, 22.3): every ref of 22.3, or
    /// only the local refs matching `only` (the claims, after a lost number); the fetched
    /// objects are readable through the workspace afterwards.
    /// - Throws: `RemoteFailure`.
    func fetch(from remote: RemoteEndpoint, only: [String]?, into workspace: isolated Workspace) throws
    /// Takes what the fetch brought onto the local refs (the catch-up of 22.6).
    func catchUp(_ workspace: isolated Workspace, remote: RemoteEndpoint) throws
}

/// A staged step's push lost a lease: nothing landed, nothing changed here.
struct LostLease: Error {
    var refs: [String]
    var message: String
}

/// What a step that pushes is, for its rounds and its messages.
enum RemoteStep {
    /// A decision on pending N (`verb`: "approving", "rejecting"): at most 10 rounds.
    case decision(Int, verb: String)
    /// A change to pending N that decides nothing (`verb`: "refreshing", "commenting on"):
    /// judged as a decision (refused when N was decided or its head moved on the remote),
    /// else made again on what was taken, at most 10 rounds.
    case change(Int, verb: String)
    /// `gc --expire-archives`: made again on what was taken, at most 10 rounds.
    case expiry
    /// A rollback of N (or of its part): at most 10 rounds.
    case rollback(Int, part: Int?)
    /// A new number: claims re-fetched and the number retaken, at most 200 rounds.
    case proposal
}

extension Workspace {
    /// Makes every step of this workspace push through `publisher` to `remote` (spec 22.4)
    /// once the workspace has a machine id; nil: the remote of the settings, if any.
    public func publish(to remote: RemoteEndpoint?, through publisher: (any RefPublisher)?) {
        publishing = remote.flatMap { r in publisher.map { (r, $0) } }
    }

    /// Where this workspace's steps are pushed, or nil: one machine, steps write refs directly.
    /// A remote counts only once the workspace has a machine id (its first sync makes one).
    func publishTarget() throws -> (remote: RemoteEndpoint, publisher: any RefPublisher)? {
        guard try machineID() != nil, let target = try publishing ?? configuredPublishing() else { return nil }
        return target
    }

    /// The remote of the settings (22.1, `remote()`) through the git CLI (`GitPublisher`).
    func configuredPublishing() throws -> (remote: RemoteEndpoint, publisher: any RefPublisher)? {
        try remote().map { ($0, GitPublisher()) }
    }

    /// Runs `body` as one step (spec 22.4). With no remote it just runs it. With one, every ref
    /// `body` writes is staged; `publish` (which `body` may call before the work that must
    /// follow the push, such as the checkout, and which runs after `body` otherwise) pushes
    /// them as one atomic push, each leased at the value the step built on, and only then
    /// applies them here by compare-and-swap. If `body` or the push throws, no ref changed.
    /// - Throws: `LostLease` (for `remoteRounds`), `RemoteFailure` other than a lost lease.
    func publishedStep<T>(_ body: (_ publish: () throws -> Void) throws -> T) throws -> T {
        guard let (remote, publisher) = try publishTarget() else { return try body({}) }
        let r = try repo
        try r.beginStaging()
        defer { r.discardStaged() }
        let publish = {
            guard r.isStaging else { return }
            try self.publishStaged(r, remote: remote, publisher: publisher)
        }
        // A number staged and not pushed was not taken: the next claim may use it (a number
        // that landed after all is skipped, as any other claim is).
        let claimedBefore = lastClaimed
        do {
            let value = try body(publish)
            try publish()
            return value
        } catch {
            lastClaimed = claimedBefore
            throw error
        }
    }

    private func publishStaged(_ r: GitRepository, remote: RemoteEndpoint, publisher: any RefPublisher) throws {
        let missed = try r.publishStaged { changes in
            let pushes = changes.map { RefPush(ref: $0.name, new: $0.new, expected: $0.old) }
            do {
                try publisher.push(pushes, to: remote, from: self)
            } catch RemoteFailure.leaseLost(let refs, let message) {
                throw LostLease(refs: refs, message: message)
            }
            // The remote holds them now: so do the tracking refs.
            try recordPushed(pushes, remote: remote)
        }
        if !missed.isEmpty {
            throw StewardError.failure(
                "pushed to \(remote.name), but \(missed.map(\.name).joined(separator: ", ")) changed here meanwhile and was left as it is; run 'steward sync' to take what \(remote.name) holds"
            )
        }
    }

    /// Runs `body` (which makes one `publishedStep`) again after each lost lease, once the
    /// remote's refs were fetched and taken: a decision refuses when N was decided or changed
    /// on the remote (22.4, cases 1 and 2) and is otherwise judged again on the new state (the
    /// merge rebuilt, hooks run again), at most 10 rounds, and so does a change to N (refresh,
    /// append, a comment: made again on top); an expiry runs again on what was taken; a
    /// proposal takes the next number. `reviewed`: the head the step is bound to, once read.
    /// Before each round a decision or rollback refuses while `main` here cannot take the
    /// remote's (`refuseWhileMainBlocked`).
    /// - Throws: `StewardError.conflict` for the cases above and for a remote that does not
    ///   answer (nothing changed); `.failure` for a push refused for another reason.
    func remoteRounds<T>(_ step: RemoteStep, reviewed: @autoclosure () -> ObjectID? = nil, _ body: () throws -> T) throws -> T {
        var round = 0
        while true {
            do {
                do {
                    try refuseWhileMainBlocked(step)
                    return try body()
                } catch let lost as LostLease {
                    guard let (remote, publisher) = try publishTarget() else { throw lost }
                    round += 1
                    switch step {
                    case .proposal:
                        if round >= 200 {
                            throw StewardError.conflict(
                                "could not claim a number on \(remote.name) (200 tries, other machines kept taking them); nothing was proposed; try again"
                            )
                        }
                        usleep(UInt32.random(in: 10_000...200_000))
                        let claimsOnly = lost.refs.allSatisfy { $0.hasPrefix("refs/steward/proposals/") }
                        try publisher.fetch(from: remote, only: claimsOnly ? [Refs.claimGlob] : nil, into: self)
                        if !claimsOnly { try publisher.catchUp(self, remote: remote) }
                    case .decision, .change, .expiry, .rollback:
                        try publisher.fetch(from: remote, only: nil, into: self)
                        switch step {
                        case .decision(let n, _), .change(let n, _): try refuseIfDecidedElsewhere(n, reviewed: reviewed(), remote: remote)
                        case .rollback(let n, let part): try refuseIfUndoneElsewhere(n, part: part, remote: remote)
                        case .expiry, .proposal: break
                        }
                        if round >= 10 { throw StewardError.conflict(Self.keptMoving(step, remote: remote)) }
                        try publisher.catchUp(self, remote: remote)
                    }
                }
            } catch let failure as RemoteFailure {
                throw Self.remoteError(failure, step: step)
            }
        }
    }

    /// A remote that did not answer or refused, in people's words (spec 22.2, 22.4).
    /// `GitTransport`'s messages already name the remote and its URL and say what git said.
    static func remoteError(_ failure: RemoteFailure, step: RemoteStep) -> StewardError {
        let needs =
            switch step {
            case .decision(let n, let verb):
                "\(verb) needs it, so that no other machine decides #\(n) at the same time; nothing changed; try again when it answers ('steward status' shows the last good sync)"
            case .change(let n, let verb):
                "\(verb) #\(n) needs it, so that no other machine changes #\(n) at the same time; nothing changed; try again when it answers ('steward status' shows the last good sync)"
            case .expiry:
                "expiring archives needs it, so that no other machine expires them at the same time; the archives not expired yet are kept; try again when it answers ('steward status' shows the last good sync)"
            case .rollback(let n, _):
                "rolling back needs it, so that no other machine decides #\(n) at the same time; nothing changed; try again when it answers ('steward status' shows the last good sync)"
            case .proposal:
                "a proposal takes its number there; nothing was numbered; try again when it answers ('steward sync' tells whether it does)"
            }
        switch failure {
        case .unreachable(let message): return .conflict("\(message); \(needs)")
        case .leaseLost(_, let message), .refused(_, let message), .failed(let message):
            return .failure(message.contains("nothing changed") ? message : "\(message); nothing changed")
        }
    }

    /// Why a step gave up after 10 lost leases.
    static func keptMoving(_ step: RemoteStep, remote: RemoteEndpoint) -> String {
        switch step {
        case .change(let n, _): "#\(n) kept changing on \(remote.name) (10 tries); nothing changed; try again"
        case .expiry: "the archives on \(remote.name) kept changing (10 tries); the archives not expired yet are kept; try again"
        default: "main on \(remote.name) kept moving (10 tries); nothing changed; try again"
        }
    }

    /// Cases 1 and 2 of a lost lease (spec 22.4), read from the refs just fetched: N decided
    /// on the remote (applied, archived, expired, or its branch gone), or its head moved there.
    func refuseIfDecidedElsewhere(_ n: Int, reviewed: ObjectID?, remote: RemoteEndpoint) throws {
        let r = try repo
        func there(_ ref: String) throws -> ObjectID? { try r.reference(Refs.tracking(ref, remote: remote.name)) }
        if let applied = try there(Refs.applied(n)) {
            throw StewardError.conflict(
                "#\(n) was already approved \(try decidedBy(n, kind: .approved, merge: applied, remote: remote)); nothing changed here")
        }
        if try there(Refs.archive(n)) != nil || there(Refs.expired(n)) != nil {
            throw StewardError.conflict(
                "#\(n) was already rejected \(try decidedBy(n, kind: .rejected, merge: nil, remote: remote)); nothing changed here")
        }
        guard let reviewed, try r.reference(Refs.branch(n)) != nil else { return }  // not a pending proposal here
        guard let head = try there(Refs.branch(n)) else {
            if try there(Refs.claim(n)) == nil { return }  // the remote does not know N yet
            throw StewardError.conflict(
                "#\(n) was already decided on \(remote.name) (its branch is gone there); nothing changed here; run 'steward sync'")
        }
        if head != reviewed {
            throw StewardError.conflict(
                "#\(n) changed on \(remote.name) since you reviewed it (now \(head.short)); run 'steward sync' to take it, then review it again ('steward diff \(n)')"
            )
        }
    }

    /// A rollback's lost lease: N (or its part) was rolled back on the remote meanwhile.
    func refuseIfUndoneElsewhere(_ n: Int, part: Int?, remote: RemoteEndpoint) throws {
        let r = try repo
        let ref = Refs.undone(n, part: part)
        guard let there = try r.reference(Refs.tracking(ref, remote: remote.name)), try there != r.reference(ref) else { return }
        let by = try r.commitInfo(there).trailers[Trailer.proposal].map { " by #\($0)" } ?? ""
        throw StewardError.conflict(
            "\(part.map { "part \($0) of " } ?? "")#\(n) was already rolled back on \(remote.name)\(by); nothing changed here; run 'steward sync'")
    }

    /// "by bob at 2026-12-02T15:01:09Z (machine 3f9a2c1b…, main 1a2b3c4d5e)": from the event
    /// on one of the remote's trails, else from the approval merge.
    func decidedBy(_ n: Int, kind: AuditEvent.Kind, merge: ObjectID?, remote: RemoteEndpoint) throws -> String {
        let r = try repo
        let chains =
            try r.references(matching: Refs.tracking(Refs.trailGlob, remote: remote.name))
            + (try r.reference(Refs.tracking(Refs.audit, remote: remote.name)).map { [(name: Refs.audit, id: $0)] } ?? [])
        for chain in chains {
            var cursor: ObjectID? = chain.id
            var steps = 0
            while let c = cursor, steps < 1000 {
                steps += 1
                if let e = try? auditEvent(at: c), e.proposal == n, e.kind == kind {
                    let machine = chain.name == Refs.audit ? nil : "machine \(chain.name.suffix(16).prefix(8))…"
                    let details = [machine, merge.map { "main \($0.short)" }].compactMap { $0 }.joined(separator: ", ")
                    return "by \(Escape.inline(e.actor)) at \(Self.isoDate(e.date))" + (details.isEmpty ? "" : " (\(details))")
                }
                cursor = try r.commitInfo(c).parents.first
            }
        }
        guard let merge else { return "on \(remote.name)" }
        let info = try r.commitInfo(merge)
        let machine = info.trailers[Trailer.machine].map { "machine \($0.prefix(8))…, " } ?? ""
        let who = info.trailers[Trailer.approvedBy] ?? info.authorName
        return "by \(Escape.inline(who)) at \(Self.isoDate(Date(timeIntervalSince1970: Double(info.time)))) (\(machine)main \(merge.short))"
    }

    static func isoDate(_ date: Date) -> String {
        ISO8601DateFormatter.string(from: date, timeZone: .gmt, formatOptions: [.withInternetDateTime])
    }
}
