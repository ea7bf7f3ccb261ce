import Foundation
import StewardCore
import StewardGit

extension Workspace {
    /// Rejects proposal N: the branch is deleted and its head kept under
    /// `refs/steward/archive/N`, so what the agent tried stays in the audit trail.
    public func reject(_ n: Int, by person: String, reason: String?) throws -> ProposalInfo {
        let person = try Self.checkName(person, what: "person")
        let r = try repo
        // Under the main lock: an approval of the same proposal cannot be half-way.
        var reviewed: ObjectID?
        return try remoteRounds(.decision(n, verb: "rejecting"), reviewed: reviewed) {
            try withMainLock(for: "rejecting #\(n)") {
                try retryingContention {
                    let info = try proposal(n, withStats: true)
                    guard info.status == .pending, let head = info.head.flatMap(ObjectID.init(hex:)) else {
                        throw Self.notPending(info, action: "reject")
                    }
                    reviewed = reviewed ?? head
                    if try findOnMain(number: n, from: try mainTip(), stopAt: head) != nil {
                        throw StewardError.conflict(
                            "#\(n) is already merged into main: an earlier approve stopped half-way; run 'steward doctor' to finish it, then 'steward rollback \(n)' if you do not want it"
                        )
                    }
                    // With a remote: archive, branch and event are one push (spec 22.4).
                    try publishedStep { _ in
                        try r.updateReference(Refs.archive(n), to: head, expected: nil, message: "steward: rejected #\(n)")
                        // The branch goes only if it still holds what was archived; if something moved it
                        // meanwhile, its new head is archived instead (compare-and-swap both ways).
                        var archived = head
                        while true {
                            do {
                                try r.deleteReference(Refs.branch(n), expected: archived)
                                break
                            } catch let e as GitError where e.code == .modified {
                                guard let now = try r.reference(Refs.branch(n)) else { break }
                                try r.updateReference(Refs.archive(n), to: now, expected: archived, message: "steward: rejected #\(n)")
                                archived = now
                            }
                        }
                        try appendAudit { seq in
                            AuditEvent(
                                sequence: seq, kind: .rejected, proposal: n, title: info.title, actor: person,
                                date: Date(timeIntervalSince1970: Double(now())),
                                reason: reason, commit: archived.hex)
                        }
                    }
                    var rejected = info
                    rejected.status = .rejected
                    return rejected
                }
            }
        }
    }

    /// Moves `main` from `tip` to a new commit of `toTree` (compare-and-swap), runs
    /// `bookkeeping` with the new commit, calls `publish` (a `publishedStep`'s push: with a
    /// remote, main and the bookkeeping's refs land there, then here), and brings the person's
    /// checkout along.
    /// `checkoutLock`: the index lock (`lockCheckout`), taken by the caller before anything
    /// changed when the checkout follows main; held across the ref update and the checkout,
    /// so no git command can take the index meanwhile. Uncommitted edits in the checkout on
    /// the changed paths refuse before anything changes. Once `main` has moved, a checkout
    /// that cannot be updated is reported, not thrown, so the bookkeeping and the audit trail
    /// always follow `main`.
    func moveMain(
        from tip: ObjectID, fromTree: ObjectID, toTree: ObjectID, changed: [String], parents: [ObjectID], message: String, author: String,
        checkoutLock: IndexLock?, publish: () throws -> Void, bookkeeping: (ObjectID) throws -> Void
    ) throws -> (commit: ObjectID, paths: [String], checkoutUpdated: Bool, checkoutProblem: String?) {
        let r = try repo
        let follows = try checkoutFollowsMain()
        if follows && checkoutLock == nil {
            throw StewardError.conflict(
                "cannot update main: your checkout switched to main while the change was being prepared (a hook?); nothing was changed; try again")
        }
        let dirty = try dirtyCheckout(paths: changed, against: fromTree)
        if !dirty.isEmpty { throw Self.dirtyError(dirty, action: "update main") }
        let commit = try r.commit(tree: toTree, parents: parents, message: message, author: signature(author))
        do {
            try r.updateReference(Refs.main, to: commit, expected: tip, message: message.split(separator: "\n").first.map(String.init) ?? "steward")
        } catch let e as GitError where e.code == .locked {
            if let lock = r.lockFile(for: Refs.main) { throw Self.lockedError(lock, action: "update main") }
            throw e
        }
        try bookkeeping(commit)
        try publish()
        guard follows, let checkoutLock else { return (commit, changed, false, nil) }
        do {
            try r.checkout(changed, from: toTree, lock: checkoutLock)
            return (commit, changed, true, nil)
        } catch {
            return (commit, changed, false, Self.checkoutAdvice(commit: commit, paths: changed, error: "\(error)"))
        }
    }

    /// What to tell the person when main moved but their checkout could not follow: only the
    /// paths that changed, never a command that would discard other work.
    static func checkoutAdvice(commit: ObjectID, paths: [String], error: String) -> String {
        let shown = paths.prefix(10).map { "'\(Escape.inline($0))'" }.joined(separator: " ")
        let more = paths.count > 10 ? " (and \(paths.count - 10) more; see 'git diff --stat HEAD main')" : ""
        return
            "main moved to \(commit.short), but your checkout could not follow (\(error)); once the cause is cleared, run: git checkout main -- \(shown)\(more)"
    }

    /// Refuses when N's head is already part of main: an interrupted approve (doctor
    /// finishes it) or a merge made with git.
    func refuseIfAlreadyMerged(_ n: Int, head: ObjectID, tip: ObjectID) throws {
        guard try repo.isAncestor(head, of: tip) else { return }
        if try findOnMain(number: n, from: tip) != nil {
            throw StewardError.conflict("#\(n) is already merged into main: an earlier approve stopped half-way; run 'steward doctor' to finish it")
        }
        throw StewardError.conflict(
            "#\(n)'s commits are already in main (merged with git, outside Steward); close it with 'steward reject \(n) --reason \"merged by hand\"'")
    }

    /// A claimed rollback of N whose revert reached main but whose bookkeeping did not.
    func interruptedRollback(of n: Int, part: Int? = nil) throws -> Int? {
        let r = try repo
        for (name, record) in try r.references(matching: Refs.claimGlob) {
            guard let m = Refs.number(in: name), try r.reference(Refs.applied(m)) == nil else { continue }
            let t = try r.commitInfo(record).trailers
            guard t[Trailer.kind] == "rollback", t[Trailer.rollbackOf] == "\(n)", t[Trailer.rollbackPart] == part.map({ "\($0)" }) else { continue }
            if try findOnMain(number: m, from: try mainTip()) != nil { return m }
        }
        return nil
    }

    /// The source paths of the `move` operations among the commits from `head` back to `base`.
    func movedSources(from head: ObjectID, to base: ObjectID) throws -> [String] {
        let r = try repo
        var sources: [String] = []
        var cursor = head
        while cursor != base {
            let c = try r.commitInfo(cursor)
            guard let parent = c.parents.first else { break }
            if c.trailers[Trailer.op] == "move" {
                sources += try r.changes(from: try r.commitInfo(parent).tree, to: c.tree).filter { $0.new == nil }.map(\.path)
            }
            cursor = parent
        }
        return sources
    }

    /// The commit on main's first-parent history that carries `Steward-Proposal: n`, looking
    /// back at most `limit` commits (the rare path: recovery after an interrupted merge).
    /// `stopAt`: give up at this commit (an ancestor known to precede any approval).
    /// `part`: the approval merge of that part (spec 5.5a); without it, part merges are skipped,
    /// so a part is never taken for a whole approval.
    func findOnMain(number n: Int, part: Int? = nil, from tip: ObjectID, limit: Int = 100_000, stopAt: ObjectID? = nil) throws -> CommitInfo? {
        let r = try repo
        if let stopAt, try !r.isAncestor(stopAt, of: tip) { return nil }
        var cursor: ObjectID? = tip
        var steps = 0
        while let c = cursor, steps < limit, c != stopAt {
            steps += 1
            let info = try r.commitInfo(c)
            let t = info.trailers
            if t[Trailer.proposal] == "\(n)", t[Trailer.part] == part.map({ "\($0)" }), t[Trailer.approvedBy] != nil || t[Trailer.rollbackOf] != nil {
                return info
            }
            cursor = info.parents.first
        }
        return nil
    }

    /// Whether the person's checkout is of `main` (HEAD names it in a non-bare repository).
    func checkoutFollowsMain() throws -> Bool {
        try repo.workdir != nil && repo.headTarget() == Refs.main
    }

    func dirtyCheckout(paths: [String], against tree: ObjectID) throws -> [DirtyPath] {
        guard try checkoutFollowsMain() else { return [] }
        return try repo.dirtyPaths(paths, against: tree)
    }

    static func dirtyError(_ dirty: [DirtyPath], action: String) -> StewardError {
        .conflict(
            "cannot \(action): your checkout has uncommitted changes to files it would update: "
                + dirty.map { "\(Escape.inline($0.path)) (\($0.state))" }.joined(separator: ", ") + "; commit or discard them, then try again",
            paths: dirty.map(\.path))
    }

    static func notPending(_ info: ProposalInfo, action: String) -> StewardError {
        switch info.status {
        case .approved: .conflict("#\(info.number) is already approved; to undo it, run 'steward rollback \(info.number)'")
        case .rejected: .conflict("#\(info.number) was rejected; nothing to \(action)")
        case .rolledBack: .conflict("#\(info.number) was approved and later rolled back by #\(info.undoneBy ?? 0); nothing to \(action)")
        case .applied: .conflict("#\(info.number) is a rollback already on main; to undo it, run 'steward rollback \(info.number)'")
        case .abandoned: .conflict("#\(info.number) was never completed (its process stopped); nothing to \(action)")
        case .pending: .conflict("#\(info.number) has no branch; run 'steward doctor'")
        }
    }
}
