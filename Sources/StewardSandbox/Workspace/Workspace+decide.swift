import Foundation
import StewardCore
import StewardGit

extension Workspace {
    /// Approves proposal N: pre-merge hooks from `main` may veto; then a `--no-ff` merge
    /// commit on `main` carrying `Steward-Approved-By`, the branch removed, the person's
    /// checkout of `main` updated. The merge edits only the changed paths unless `main`
    /// touched them since the proposal's base. A conflict, a veto, or uncommitted edits in
    /// the checkout on those paths refuse before anything changes.
    /// - Throws: `StewardError` `.conflict` (paths named), `.refused` (hook), `.notFound`.
    /// `expectedHead`: the head the person reviewed (a prefix of its id is enough); if the
    /// proposal changed since (a refresh, an agent's append), approval is refused.
    /// `acceptRisks`: the person has read what the skill check flagged in scripts and approves
    /// anyway (`STEWARD_ACCEPT_RISKS=1` for the hooks). After the merge, `post-merge` hooks
    /// run; their failures come back as notes, since the merge stands.
    /// The approval is bound to the head read first (or `expectedHead`): a pre-merge hook
    /// that moves `steward/N` or makes or moves Steward's refs for N is refused before
    /// anything changes, and the branch is deleted only if it still points at that head.
    /// Stale git lock files, or an index lock it cannot take, refuse before `main` moves.
    public func approve(_ n: Int, by approver: String, expectedHead: String? = nil, acceptRisks: Bool = false) throws -> MergeResult {
        let approver = try Self.checkName(approver, what: "approver")
        let r = try repo
        let tries = 6
        var bound: ObjectID?
        var mainMovedBy: String?
        return try withMainLock(for: "approving #\(n)") {
          do {
            return try retryingContention(limit: tries - 1) {
                let info = try proposal(n, withStats: false)
                guard info.status == .pending, let head = info.head.flatMap(ObjectID.init(hex:)) else {
                    throw Self.notPending(info, action: "approve")
                }
                if let expectedHead, !expectedHead.isEmpty, !head.hex.hasPrefix(expectedHead.lowercased()) {
                    throw StewardError.conflict("#\(n) changed since you reviewed it (its head is now \(head.short), you saw \(expectedHead.prefix(10))); review it again with 'steward diff \(n)'")
                }
                // Started over after main moved: still the head first read.
                if let bound, head != bound {
                    throw StewardError.conflict("#\(n) changed while it was being approved (its head moved from \(bound.short) to \(head.short)); nothing changed on main; review it again with 'steward diff \(n)'")
                }
                bound = head
                let refsBefore = try stewardRefs(for: n)
                try refuseStaleLocks(try decisionLockNames([Refs.applied(n), Refs.branch(n)]), action: "approve #\(n)")
                let tip = try mainTip()
                try refuseIfAlreadyMerged(n, head: head, tip: tip)
                let base = info.base.flatMap(ObjectID.init(hex:)) ?? tip
                let baseTree = try r.commitInfo(base).tree, headTree = try r.commitInfo(head).tree
                let mainTree = try r.commitInfo(tip).tree
                let changes = try r.changes(from: baseTree, to: headTree)
                // A move whose source main has deleted since would bring the file back under a
                // new name; a tree merge cannot see that, the recorded operations can.
                let resurrected = try movedSources(from: head, to: base).filter { try r.entry(at: $0, in: mainTree) == nil && r.entry(at: $0, in: baseTree) != nil }
                if !resurrected.isEmpty {
                    throw StewardError.conflict(
                        "cannot approve #\(n): it moves \(resurrected.map(Escape.inline).joined(separator: ", ")), which main has deleted since; reject it, or restore the file on main",
                        paths: resurrected)
                }
                let merged: ObjectID
                do {
                    merged = try r.applyChanges(from: baseTree, to: headTree, onto: mainTree, changes: changes)
                } catch let c as MergeConflict {
                    throw StewardError.conflict(
                        "cannot approve #\(n): main changed the same files since the proposal was made: \(c.paths.map(Escape.inline).joined(separator: ", ")); run 'steward refresh \(n)' to carry it forward, or reject it",
                        paths: c.paths)
                }
                // Judge what will really change on main: the hook sees it, and every path must
                // still pass the path policy (a 3-way merge must not reach hooks/ or .git*).
                let landing = try r.changes(from: mainTree, to: merged)
                // What a proposal may land depends on who wrote it, recorded when it was made.
                let writer = try r.reference(Refs.claim(n)).flatMap { try r.commitInfo($0).trailers[Trailer.writer] }
                let policy = writer == PathPolicy.selfImprovement.writer ? PathPolicy.selfImprovement : try PathPolicy.outsideTools()
                if policy.guardsConfig, landing.contains(where: { $0.path == "steward.toml" }) {
                    try SelfImprovement.checkConfigChange(old: try text(at: "steward.toml", in: mainTree), new: try text(at: "steward.toml", in: merged))
                }
                for c in landing {
                    do {
                        _ = try policy.check(c.path)
                    } catch let e as StewardError {
                        throw StewardError.refused("cannot approve #\(n): merging it would change a path proposals may not write (\(e.message))", paths: [c.path])
                    }
                }
                let files = try landing.map { c -> HookEvent.File in
                    let size = try c.new.map { try r.blobSize($0.id) } ?? 0
                    let status = c.old == nil ? "added" : c.new == nil ? "deleted" : "modified"
                    return HookEvent.File(path: c.path, status: status, size: size, executable: c.new?.mode == .executable)
                }
                let event = HookEvent(event: HookEventName.preMerge.rawValue, proposal: n, title: info.title, agent: info.agent, approver: approver,
                                      base: base.hex, head: head.hex, files: files)
                var mainSeen = try mainTip()
                var notes = try runHooks(.preMerge, payload: event.prettyJSON, proposal: n, subject: "pre-merge of #\(n)", mainTree: mainTree,
                                         environment: acceptRisks ? ["STEWARD_ACCEPT_RISKS": "1"] : [:]) { hook in
                    // Approval is bound to what was reviewed: a hook may not change it.
                    let changed = Self.refChanges(from: refsBefore, to: try stewardRefs(for: n))
                    if !changed.isEmpty {
                        throw StewardError.conflict(
                            "cannot approve #\(n): hooks/\(hook) \(changed.joined(separator: ", ")) while it ran; the approval is bound to the head you reviewed (\(head.short)), so nothing changed on main. A pre-merge hook must not change Steward's refs: fix it, then review #\(n) again with 'steward diff \(n)'")
                    }
                    let now = try mainTip()
                    if now != mainSeen { mainMovedBy = "hooks/\(hook)" }
                    mainSeen = now
                }
                let lock = try lockCheckout(for: "approve #\(n)")
                defer { lock?.release() }
                let message = "Approve #\(n): \(Trailers.oneLine(info.title))\n\n" + Trailers.format([(Trailer.proposal, "\(n)"), (Trailer.agent, info.agent), (Trailer.approvedBy, approver)]) + "\n"
                let result = try moveMain(from: tip, fromTree: mainTree, toTree: merged, changed: landing.map(\.path), parents: [tip, head], message: message, author: approver,
                                          checkoutLock: lock) { commit in
                    try r.updateReference(Refs.applied(n), to: commit, expected: nil, message: "steward: approved #\(n)")
                    do {
                        try r.deleteReference(Refs.branch(n), expected: head)
                    } catch let e as GitError where e.code == .modified {
                        // Moved outside Steward after the hooks: the approval stands for the
                        // reviewed head; the later commits stay on the branch.
                        let now = try r.reference(Refs.branch(n))
                        notes.append("steward/\(n) moved to \(now?.short ?? "nothing") while #\(n) was being approved; the approval merged the head you reviewed (\(head.short)) and left the branch as it is")
                    }
                }
                lock?.release()  // before post-merge hooks, which may run git
                try appendAudit { seq in
                    AuditEvent(sequence: seq, kind: .approved, proposal: n, title: info.title, actor: approver, date: Date(timeIntervalSince1970: Double(now())),
                               commit: result.commit.hex, paths: result.paths)
                }
                // post-merge hooks see the merge commit as the head.
                var after = event
                after.event = HookEventName.postMerge.rawValue
                after.head = result.commit.hex
                do {
                    notes += try runHooks(.postMerge, payload: after.prettyJSON, proposal: n, subject: "post-merge of #\(n)",
                                          mainTree: try r.commitInfo(result.commit).tree)
                } catch let e as StewardError {
                    notes.append("the merge stands, but \(e.message)")
                }
                return MergeResult(number: n, rollbackNumber: nil, commit: result.commit.hex, files: result.paths, checkoutUpdated: result.checkoutUpdated,
                                   checkoutProblem: result.checkoutProblem, notes: notes.isEmpty ? nil : notes)
            }
          } catch let e as GitError where e.code == .modified && Self.reference(in: e.operation) == Refs.main {
            let who = mainMovedBy.map { "\($0) committed to main while it ran: a pre-merge hook must not change main; fix it" }
                ?? "something is committing to main at the same time (a hook, or a git command?); stop it"
            throw StewardError.conflict("main kept moving while approving #\(n) (\(tries) tries): \(who), then approve again; nothing changed")
          }
        }
    }

    /// Approves N by the person's `[policy] auto_approve` when every path it changes is under
    /// one of the policy's folders: an ordinary approval (pre-merge hooks run and may veto, a
    /// merge commit, rollback-able) by `policy:FOLDER`. Nil when no rule covers it.
    /// - Throws: what `approve` throws (a veto leaves the proposal pending).
    public func autoApprove(_ n: Int) throws -> MergeResult? {
        let rules = try config().autoApprove
        guard !rules.isEmpty else { return nil }
        let paths = try diff(n).files.flatMap { [$0.path] + ($0.oldPath.map { [$0] } ?? []) }
        guard !paths.isEmpty, let rule = rules.first(where: { r in paths.allSatisfy { $0.hasPrefix(r + "/") } }) else { return nil }
        return try approve(n, by: "policy:\(rule)")
    }

    /// Rejects proposal N: the branch is deleted and its head kept under
    /// `refs/steward/archive/N`, so what the agent tried stays in the audit trail.
    public func reject(_ n: Int, by person: String, reason: String?) throws -> ProposalInfo {
        let person = try Self.checkName(person, what: "person")
        let r = try repo
        // Under the main lock: an approval of the same proposal cannot be half-way.
        return try withMainLock(for: "rejecting #\(n)") { try retryingContention {
            let info = try proposal(n, withStats: true)
            guard info.status == .pending, let head = info.head.flatMap(ObjectID.init(hex:)) else {
                throw Self.notPending(info, action: "reject")
            }
            if try findOnMain(number: n, from: try mainTip(), stopAt: head) != nil {
                throw StewardError.conflict("#\(n) is already merged into main: an earlier approve stopped half-way; run 'steward doctor' to finish it, then 'steward rollback \(n)' if you do not want it")
            }
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
                AuditEvent(sequence: seq, kind: .rejected, proposal: n, title: info.title, actor: person, date: Date(timeIntervalSince1970: Double(now())),
                           reason: reason, commit: archived.hex)
            }
            var rejected = info
            rejected.status = .rejected
            return rejected
        } }
    }

    /// Rolls back N (an approval, or an earlier rollback): a new commit on `main` that
    /// reverts what N's commit changed, with `Steward-Rollback-Of: N`, under its own number.
    /// - Throws: `StewardError` `.conflict` when `main` changed those files since, or N is not
    ///   in effect.
    public func rollback(_ n: Int, by person: String, reason: String?) throws -> MergeResult {
        let person = try Self.checkName(person, what: "person")
        let r = try repo
        return try withMainLock(for: "rolling back #\(n)") {
            let info = try proposal(n, withStats: false)
            guard let applied = try r.reference(Refs.applied(n)) else {
                switch info.status {
                case .pending: throw StewardError.conflict("#\(n) is pending, not approved: nothing to roll back; reject it with 'steward reject \(n)'")
                default: throw StewardError.conflict("#\(n) is \(info.status.rawValue): it never changed main, so there is nothing to roll back")
                }
            }
            if info.status == .rolledBack, let undoneBy = info.undoneBy {
                throw StewardError.conflict("#\(n) was already rolled back by #\(undoneBy); to restore it, run 'steward rollback \(undoneBy)'")
            }
            if let pending = try interruptedRollback(of: n) {
                throw StewardError.conflict("an earlier rollback of #\(n) (#\(pending)) stopped half-way; run 'steward doctor' to finish it")
            }
            let previousUndo = try r.reference(Refs.undone(n))
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
                        "cannot roll back #\(n): main changed the same files since: \(c.paths.map(Escape.inline).joined(separator: ", ")); undo those changes first",
                        paths: c.paths)
                }
                let changed = try r.changes(from: mainTree, to: reverted).map(\.path)
                if changed.isEmpty {
                    throw StewardError.conflict("rolling back #\(n) would change nothing: main no longer has its changes; see 'steward log --proposal \(n)'")
                }
                // Before a number is claimed: the checkout must be able to follow main.
                try refuseStaleLocks(try decisionLockNames([Refs.undone(n)]), action: "roll back #\(n)")
                let lock = try lockCheckout(for: "roll back #\(n)")
                defer { lock?.release() }
                let dirty = try dirtyCheckout(paths: changed, against: mainTree)
                if !dirty.isEmpty { throw Self.dirtyError(dirty, action: "roll back #\(n)") }
                if number == nil {
                    number = try claimNumber { m in
                        let record = try r.commit(
                            tree: target.tree, parents: [applied],
                            message: "Rollback #\(m) of #\(n): \(Trailers.oneLine(info.title))\n\n" + Trailers.format([(Trailer.proposal, "\(m)"), (Trailer.agent, person), (Trailer.kind, "rollback"), (Trailer.rollbackOf, "\(n)")]) + "\n",
                            author: signature(person))
                        return (record, record)
                    }.0
                }
                let m = number!
                var body = ""
                if let reason, !reason.isEmpty { body = Trailers.oneLine(reason) + "\n\n" }
                let message = "Roll back #\(n): \(Trailers.oneLine(info.title))\n\n" + body
                    + Trailers.format([(Trailer.proposal, "\(m)"), (Trailer.rollbackOf, "\(n)"), (Trailer.rolledBackBy, person)]) + "\n"
                let result = try moveMain(from: tip, fromTree: mainTree, toTree: reverted, changed: changed, parents: [tip], message: message, author: person,
                                          checkoutLock: lock) { commit in
                    try r.updateReference(Refs.applied(m), to: commit, expected: nil, message: "steward: rollback #\(m)")
                    // N may have been rolled back before, and restored since (its rollback undone).
                    try r.updateReference(Refs.undone(n), to: commit, expected: previousUndo, message: "steward: #\(n) rolled back by #\(m)")
                }
                lock?.release()
                try appendAudit { seq in
                    AuditEvent(sequence: seq, kind: .rolledBack, proposal: m, title: info.title, actor: person, date: Date(timeIntervalSince1970: Double(now())),
                               reason: reason, commit: result.commit.hex, rollbackOf: n, paths: result.paths)
                }
                return MergeResult(number: n, rollbackNumber: m, commit: result.commit.hex, files: result.paths, checkoutUpdated: result.checkoutUpdated, checkoutProblem: result.checkoutProblem)
            }
        }
    }

    /// Moves `main` from `tip` to a new commit of `toTree` (compare-and-swap), runs
    /// `bookkeeping` with the new commit, and brings the person's checkout along.
    /// `checkoutLock`: the index lock (`lockCheckout`), taken by the caller before anything
    /// changed when the checkout follows main; held across the ref update and the checkout,
    /// so no git command can take the index meanwhile. Uncommitted edits in the checkout on
    /// the changed paths refuse before anything changes. Once `main` has moved, a checkout
    /// that cannot be updated is reported, not thrown, so the bookkeeping and the audit trail
    /// always follow `main`.
    func moveMain(
        from tip: ObjectID, fromTree: ObjectID, toTree: ObjectID, changed: [String], parents: [ObjectID], message: String, author: String,
        checkoutLock: IndexLock?, bookkeeping: (ObjectID) throws -> Void
    ) throws -> (commit: ObjectID, paths: [String], checkoutUpdated: Bool, checkoutProblem: String?) {
        let r = try repo
        let follows = try checkoutFollowsMain()
        if follows && checkoutLock == nil {
            throw StewardError.conflict("cannot update main: your checkout switched to main while the change was being prepared (a hook?); nothing was changed; try again")
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
        return "main moved to \(commit.short), but your checkout could not follow (\(error)); once the cause is cleared, run: git checkout main -- \(shown)\(more)"
    }

    /// Refuses when N's head is already part of main: an interrupted approve (doctor
    /// finishes it) or a merge made with git.
    func refuseIfAlreadyMerged(_ n: Int, head: ObjectID, tip: ObjectID) throws {
        guard try repo.isAncestor(head, of: tip) else { return }
        if try findOnMain(number: n, from: tip) != nil {
            throw StewardError.conflict("#\(n) is already merged into main: an earlier approve stopped half-way; run 'steward doctor' to finish it")
        }
        throw StewardError.conflict("#\(n)'s commits are already in main (merged with git, outside Steward); close it with 'steward reject \(n) --reason \"merged by hand\"'")
    }

    /// A claimed rollback of N whose revert reached main but whose bookkeeping did not.
    func interruptedRollback(of n: Int) throws -> Int? {
        let r = try repo
        for (name, record) in try r.references(matching: Refs.claimGlob) {
            guard let m = Refs.number(in: name), try r.reference(Refs.applied(m)) == nil else { continue }
            let t = try r.commitInfo(record).trailers
            guard t[Trailer.kind] == "rollback", t[Trailer.rollbackOf] == "\(n)" else { continue }
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
    func findOnMain(number n: Int, from tip: ObjectID, limit: Int = 100_000, stopAt: ObjectID? = nil) throws -> CommitInfo? {
        let r = try repo
        if let stopAt, try !r.isAncestor(stopAt, of: tip) { return nil }
        var cursor: ObjectID? = tip
        var steps = 0
        while let c = cursor, steps < limit, c != stopAt {
            steps += 1
            let info = try r.commitInfo(c)
            let t = info.trailers
            if t[Trailer.proposal] == "\(n)", t[Trailer.approvedBy] != nil || t[Trailer.rollbackOf] != nil { return info }
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
