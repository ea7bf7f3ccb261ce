import Foundation
import StewardCore
import StewardGit

extension Workspace {
    /// Rolls back N (an approval, or an earlier rollback): a new commit on `main` that
    /// reverts what N's commit changed, with `Steward-Rollback-Of: N`, under its own number.
    /// `part`: undo only part K of a proposal approved in parts (`refs/steward/applied/N-K`,
    /// spec 5.5a); without it, what `refs/steward/applied/N` applied.
    /// - Throws: `StewardError` `.conflict` when `main` changed those files since, or N is not
    ///   in effect.
    public func rollback(_ n: Int, part: Int? = nil, by person: String, reason: String?) async throws -> MergeResult {
        let person = try Self.checkName(person, what: "person")
        if let part, part < 1 { throw StewardError.usage("a part is a positive number (1 for the first part approved); got \(part)") }
        // Its number comes from the shared database first, as a proposal's (`numbered`, spec
        // 22.4 "Numbers"): one taken on the remote alone is one a worker would be given again.
        return try await numbered { reserved in try rollback(n, part: part, by: person, reason: reason, reserved: reserved) }
    }

    /// `rollback` with the number the shared database gave (nil: the next free one).
    private func rollback(_ n: Int, part: Int?, by person: String, reason: String?, reserved: Int?) throws -> MergeResult {
        let r = try repo
        return try remoteRounds(.rollback(n, part: part)) {
            try withMainLock(for: "rolling back #\(n)") {
                let info = try proposal(n, withStats: false)
                let parts = try partRefs(of: n).keys.sorted()
                let what = part.map { "part \($0) of #\(n)" } ?? "#\(n)"
                guard let applied = try r.reference(part.map { Refs.applied(n, part: $0) } ?? Refs.applied(n)) else {
                    let list = parts.map(String.init).joined(separator: ", ")
                    if let part {
                        throw StewardError.conflict(
                            parts.isEmpty
                                ? "#\(n) was not approved in parts, so it has no part \(part)"
                                : "#\(n) has no approved part \(part); its parts are: \(list)")
                    }
                    if !parts.isEmpty {
                        throw StewardError.conflict(
                            "#\(n) was approved in parts (\(list)) and the rest is \(info.status.rawValue); roll back a part with 'steward rollback \(n) --part K'"
                        )
                    }
                    switch info.status {
                    case .pending:
                        throw StewardError.conflict("#\(n) is pending, not approved: nothing to roll back; reject it with 'steward reject \(n)'")
                    default: throw StewardError.conflict("#\(n) is \(info.status.rawValue): it never changed main, so there is nothing to roll back")
                    }
                }
                let undoneRef = Refs.undone(n, part: part)
                let previousUndo = try r.reference(undoneRef)
                // Undone, unless the rollback that undid it was itself rolled back since.
                if let previousUndo, let undoneBy = try r.commitInfo(previousUndo).trailers[Trailer.proposal].flatMap({ Int($0) }),
                    try !isRestored(undoneBy: undoneBy)
                {
                    throw StewardError.conflict("\(what) was already rolled back by #\(undoneBy); to restore it, run 'steward rollback \(undoneBy)'")
                }
                if let pending = try interruptedRollback(of: n, part: part) {
                    throw StewardError.conflict("an earlier rollback of \(what) (#\(pending)) stopped half-way; run 'steward doctor' to finish it")
                }
                let partTrailer = part.map { [(Trailer.rollbackPart, "\($0)")] } ?? []
                let target = try r.commitInfo(applied)
                guard let parent = target.parents.first else { throw StewardError.failure("the commit of #\(n) has no parent; run 'steward doctor'") }
                let parentTree = try r.commitInfo(parent).tree
                var number: Int?
                return try retryingContention(limit: 5) {
                    let tip = try mainTip()
                    let mainTree = try r.commitInfo(tip).tree
                    let reverted: ObjectID
                    do {
                        reverted = try r.applyChanges(from: target.tree, to: parentTree, onto: mainTree)
                    } catch let c as MergeConflict {
                        throw StewardError.conflict(
                            "cannot roll back \(what): main changed the same files since: \(c.paths.map(Escape.inline).joined(separator: ", ")); undo those changes first",
                            paths: c.paths)
                    }
                    let changed = try r.changes(from: mainTree, to: reverted).map(\.path)
                    if changed.isEmpty {
                        throw StewardError.conflict(
                            "rolling back \(what) would change nothing: main no longer has its changes; see 'steward log --proposal \(n)'")
                    }
                    // Before a number is claimed: the checkout must be able to follow main.
                    try refuseStaleLocks(try decisionLockNames([Refs.undone(n)]), action: "roll back #\(n)")
                    let lock = try lockCheckout(for: "roll back #\(n)")
                    defer { lock?.release() }
                    let dirty = try dirtyCheckout(paths: changed, against: mainTree)
                    if !dirty.isEmpty { throw Self.dirtyError(dirty, action: "roll back #\(n)") }
                    // With a remote: the claim, main, applied/M, undone/N and the event are one push
                    // (spec 22.4), made again for each try; without one the claim is kept across tries.
                    return try publishedStep { publish in
                        if number == nil || r.isStaging {
                            number = try claimNumber(reserved: reserved) { m in
                                let record = try r.commit(
                                    tree: target.tree, parents: [applied],
                                    message: "Rollback #\(m) of #\(n): \(Trailers.oneLine(info.title))\n\n"
                                        + trailers(
                                            [
                                                (Trailer.proposal, "\(m)"), (Trailer.agent, person), (Trailer.kind, "rollback"),
                                                (Trailer.rollbackOf, "\(n)"),
                                            ]
                                                + partTrailer) + "\n",
                                    author: signature(person))
                                return (record, record)
                            }.0
                        }
                        let m = number!
                        var body = ""
                        if let reason, !reason.isEmpty { body = Trailers.oneLine(reason) + "\n\n" }
                        let message =
                            "Roll back #\(n)\(part.map { ", part \($0)" } ?? ""): \(Trailers.oneLine(info.title))\n\n" + body
                            + (try trailers(
                                [(Trailer.proposal, "\(m)"), (Trailer.rollbackOf, "\(n)")] + partTrailer + [(Trailer.rolledBackBy, person)]))
                            + "\n"
                        let result = try moveMain(
                            from: tip, fromTree: mainTree, toTree: reverted, changed: changed, parents: [tip], message: message, author: person,
                            checkoutLock: lock, publish: publish
                        ) { commit in
                            try r.updateReference(Refs.applied(m), to: commit, expected: nil, message: "steward: rollback #\(m)")
                            // N may have been rolled back before, and restored since (its rollback undone).
                            try r.updateReference(undoneRef, to: commit, expected: previousUndo, message: "steward: \(what) rolled back by #\(m)")
                            try appendAudit { seq in
                                AuditEvent(
                                    sequence: seq, kind: .rolledBack, proposal: m, title: info.title, actor: person,
                                    date: Date(timeIntervalSince1970: Double(now())),
                                    reason: reason, commit: commit.hex, rollbackOf: n, paths: changed, part: part)
                            }
                        }
                        lock?.release()
                        return MergeResult(
                            number: n, rollbackNumber: m, commit: result.commit.hex, files: result.paths, checkoutUpdated: result.checkoutUpdated,
                            checkoutProblem: result.checkoutProblem)
                    }
                }
            }
        }
    }
}
