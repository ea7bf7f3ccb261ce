import Foundation
import StewardCore
import StewardGit

extension Workspace {
    /// Approves proposal N, whole or in part: pre-merge hooks from `main` may veto; then a
    /// `--no-ff` merge commit on `main` carrying `Steward-Approved-By`, the person's checkout of
    /// `main` updated. The merge edits only the changed paths unless `main` touched them since
    /// the proposal's base. A conflict, a veto, or uncommitted edits in the checkout on those
    /// paths refuse before anything changes.
    ///
    /// `files`: which of the proposal's files to take (spec 5.5a). `.all` merges the head and
    /// removes the branch. `.only`/`.except` approve part K: a part commit on the base holding
    /// exactly the chosen files' changes is merged (`refs/steward/applied/N-K`), hooks judge
    /// only those files, and the rest is carried onto the new `main` (still pending in N), or,
    /// with `rejectRest`, archived as rejected with that reason. Choosing every file is `.all`.
    /// - Throws: `StewardError` `.usage` (a path the proposal does not change, or none chosen),
    ///   `.conflict` (paths named), `.refused` (hook, path policy), `.notFound`.
    /// `expectedHead`: the head the person reviewed (a prefix of its id is enough); if the
    /// proposal changed since (a refresh, an agent's append), approval is refused.
    /// `acceptRisks`: the person has read what the skill check flagged in scripts and approves
    /// anyway (`STEWARD_ACCEPT_RISKS=1` for the hooks). After the merge, `post-merge` hooks
    /// run; their failures come back as notes, since the merge stands.
    /// The approval is bound to the head read first (or `expectedHead`): a pre-merge hook
    /// that moves `steward/N` or makes or moves Steward's refs for N is refused before
    /// anything changes, and the branch is deleted (or carried) only if it still points at
    /// that head. Stale git lock files, or an index lock it cannot take, refuse before `main` moves.
    public func approve(
        _ n: Int, files choice: FileChoice = .all, by approver: String, expectedHead: String? = nil, acceptRisks: Bool = false,
        rejectRest: String? = nil
    ) throws -> MergeResult {
        let approver = try Self.checkName(approver, what: "approver")
        let r = try repo
        let tries = 6
        var bound: ObjectID?
        var mainMovedBy: String?
        // With a remote, a lost lease is judged (and the remote's refs taken) outside the lock.
        return try remoteRounds(.decision(n, verb: "approving"), reviewed: bound) {
            try withMainLock(for: "approving #\(n)") {
                do {
                    return try retryingContention(limit: tries - 1) {
                        let info = try proposal(n, withStats: false)
                        guard info.status == .pending, let head = info.head.flatMap(ObjectID.init(hex:)) else {
                            throw Self.notPending(info, action: "approve")
                        }
                        if let expectedHead, !expectedHead.isEmpty, !head.hex.hasPrefix(expectedHead.lowercased()) {
                            throw StewardError.conflict(
                                "#\(n) changed since you reviewed it (its head is now \(head.short), you saw \(expectedHead.prefix(10))); review it again with 'steward diff \(n)'"
                            )
                        }
                        // Started over after main moved: still the head first read.
                        if let bound, head != bound {
                            throw StewardError.conflict(
                                "#\(n) changed while it was being approved (its head moved from \(bound.short) to \(head.short)); nothing changed on main; review it again with 'steward diff \(n)'"
                            )
                        }
                        bound = head
                        let tip = try mainTip()
                        let base = info.base.flatMap(ObjectID.init(hex:)) ?? tip
                        // Which files: nil is the whole proposal (also when every file was chosen).
                        let part = try partPlan(n, choice: choice, base: base, head: head, tip: tip)
                        let refsBefore = try stewardRefs(for: n)
                        try refuseStaleLocks(
                            try decisionLockNames([part.map { Refs.applied(n, part: $0.k) } ?? Refs.applied(n), Refs.branch(n)]),
                            action: "approve #\(n)")
                        try refuseIfAlreadyMerged(n, head: head, tip: tip)
                        let baseTree = try r.commitInfo(base).tree
                        let headTree = try r.commitInfo(head).tree
                        let mainTree = try r.commitInfo(tip).tree
                        let allChanges = try r.changes(from: baseTree, to: headTree)
                        let changes = part.map { p in allChanges.filter { p.chosen.contains($0.path) } } ?? allChanges
                        // What is merged: the head, or a part commit on the base holding the chosen files.
                        let theirsTree =
                            try part.map { _ in try r.updateTree(baseTree, changes.map { .init(path: $0.path, entry: $0.new) }) } ?? headTree
                        let theirs =
                            try part.map { p in
                                try r.commit(
                                    tree: theirsTree, parents: [base],
                                    message: "Part \(p.k) of #\(n): \(Trailers.oneLine(info.title))\n\n"
                                        + self.trailers([(Trailer.proposal, "\(n)"), (Trailer.agent, info.agent), (Trailer.part, "\(p.k)")]) + "\n",
                                    author: signature(info.agent), committer: signature(approver))
                            } ?? head
                        // A move whose source main has deleted since would bring the file back under a
                        // new name; a tree merge cannot see that, the recorded operations can.
                        let resurrected = try movedSources(from: head, to: base).filter {
                            try (part?.chosen.contains($0) ?? true) && r.entry(at: $0, in: mainTree) == nil && r.entry(at: $0, in: baseTree) != nil
                        }
                        if !resurrected.isEmpty {
                            throw StewardError.conflict(
                                "cannot approve #\(n): it moves \(resurrected.map(Escape.inline).joined(separator: ", ")), which main has deleted since; reject it, or restore the file on main",
                                paths: resurrected)
                        }
                        let merged: ObjectID
                        do {
                            merged = try r.applyChanges(from: baseTree, to: theirsTree, onto: mainTree, changes: changes)
                        } catch let c as MergeConflict {
                            throw StewardError.conflict(
                                "cannot approve #\(n): main changed the same files since the proposal was made: \(c.paths.map(Escape.inline).joined(separator: ", ")); run 'steward refresh \(n)' to carry it forward, or reject it",
                                paths: c.paths)
                        }
                        // The rest must be carried onto the new main; found out before anything moves.
                        if let part {
                            let dry = try replay(head: head, base: base, onto: tip, tree: merged, committer: approver, settled: part.chosen)
                            if !dry.conflicts.isEmpty {
                                let paths = Array(Set(dry.conflicts)).sorted()
                                throw StewardError.conflict(
                                    "cannot approve part of #\(n): the files left pending could not be carried onto main (main changed \(paths.map(Escape.inline).joined(separator: ", ")) since); nothing changed; run 'steward refresh \(n)' first",
                                    paths: paths)
                            }
                        }
                        // Judge what will really change on main: the hook sees it, and every path must
                        // still pass the path policy (a 3-way merge must not reach hooks/ or .git*).
                        let landing = try r.changes(from: mainTree, to: merged)
                        try checkLandingPolicy(n, landing: landing, mainTree: mainTree, merged: merged)
                        let files = try landing.map { c -> HookEvent.File in
                            let size = try c.new.map { try r.blobSize($0.id) } ?? 0
                            let status = c.old == nil ? "added" : c.new == nil ? "deleted" : "modified"
                            return HookEvent.File(path: c.path, status: status, size: size, executable: c.new?.mode == .executable)
                        }
                        let event = HookEvent(
                            event: HookEventName.preMerge.rawValue, proposal: n, title: info.title, agent: info.agent, approver: approver,
                            base: base.hex, head: theirs.hex, files: files)
                        var mainSeen = try mainTip()
                        var notes = try runHooks(
                            .preMerge, payload: event.jsonValue, proposal: n, subject: "pre-merge of #\(n)", mainTree: mainTree,
                            environment: acceptRisks ? ["STEWARD_ACCEPT_RISKS": "1"] : [:]
                        ) { hook in
                            // Approval is bound to what was reviewed: a hook may not change it.
                            let changed = Self.refChanges(from: refsBefore, to: try stewardRefs(for: n))
                            if !changed.isEmpty {
                                throw StewardError.conflict(
                                    "cannot approve #\(n): hooks/\(hook) \(changed.joined(separator: ", ")) while it ran; the approval is bound to the head you reviewed (\(head.short)), so nothing changed on main. A pre-merge hook must not change Steward's refs: fix it, then review #\(n) again with 'steward diff \(n)'"
                                )
                            }
                            let now = try mainTip()
                            if now != mainSeen { mainMovedBy = "hooks/\(hook)" }
                            mainSeen = now
                        }
                        let lock = try lockCheckout(for: "approve #\(n)")
                        defer { lock?.release() }
                        var trailers = [(Trailer.proposal, "\(n)"), (Trailer.agent, info.agent)]
                        if let part { trailers.append((Trailer.part, "\(part.k)")) }
                        trailers.append((Trailer.approvedBy, approver))
                        let message =
                            "Approve #\(n)\(part.map { ", part \($0.k)" } ?? ""): \(Trailers.oneLine(info.title))\n\n" + (try self.trailers(trailers))
                            + "\n"
                        var rejected: ObjectID?
                        let date = Date(timeIntervalSince1970: Double(now()))
                        // With a remote: main, the decision's refs and its events are one push (spec
                        // 22.4), before the checkout follows and before post-merge hooks run.
                        let result = try publishedStep { publish in
                            try moveMain(
                                from: tip, fromTree: mainTree, toTree: merged, changed: landing.map(\.path), parents: [tip, theirs], message: message,
                                author: approver,
                                checkoutLock: lock, publish: publish
                            ) { commit in
                                if let part {
                                    try r.updateReference(
                                        Refs.applied(n, part: part.k), to: commit, expected: nil, message: "steward: approved part \(part.k) of #\(n)"
                                    )
                                    let (carried, note) = try carryRest(
                                        n, head: head, base: base, onto: commit, tree: merged, settled: part.chosen, by: approver)
                                    notes += note.map { [$0] } ?? []
                                    if rejectRest != nil, let carried {
                                        try r.updateReference(
                                            Refs.archive(n), to: carried, expected: nil, message: "steward: rejected the rest of #\(n)")
                                        try r.deleteReference(Refs.branch(n), expected: carried)
                                        rejected = carried
                                    }
                                } else {
                                    // Moved outside Steward after the hooks: the approval stands for the
                                    // reviewed head; the later commits stay on the branch.
                                    if let now = try recordApplied(n, at: commit, head: head, message: "steward: approved #\(n)") {
                                        notes.append(
                                            "steward/\(n) moved to \(now) while #\(n) was being approved; the approval merged the head you reviewed (\(head.short)) and left the branch as it is"
                                        )
                                    }
                                }
                                try appendAudit { seq in
                                    AuditEvent(
                                        sequence: seq, kind: .approved, proposal: n, title: info.title, actor: approver, date: date,
                                        commit: commit.hex, paths: landing.map(\.path), part: part?.k, declined: part?.declined)
                                }
                                if let rejected, let part {
                                    try appendAudit { seq in
                                        AuditEvent(
                                            sequence: seq, kind: .rejected, proposal: n, title: info.title, actor: approver, date: date,
                                            reason: rejectRest, commit: rejected.hex, paths: part.declined)
                                    }
                                }
                            }
                        }
                        lock?.release()  // before post-merge hooks, which may run git
                        // post-merge hooks see the merge commit as the head.
                        var after = event
                        after.event = HookEventName.postMerge.rawValue
                        after.head = result.commit.hex
                        do {
                            notes += try runHooks(
                                .postMerge, payload: after.jsonValue, proposal: n, subject: "post-merge of #\(n)",
                                mainTree: try r.commitInfo(result.commit).tree)
                        } catch let e as StewardError {
                            notes.append("the merge stands, but \(e.message)")
                        }
                        return MergeResult(
                            number: n, rollbackNumber: nil, commit: result.commit.hex, files: result.paths, checkoutUpdated: result.checkoutUpdated,
                            checkoutProblem: result.checkoutProblem, notes: notes.isEmpty ? nil : notes,
                            part: part?.k, declined: part?.declined, rejected: part.map { _ in rejected != nil })
                    }
                } catch let e as GitError where e.code == .modified && Self.reference(in: e.operation) == Refs.main {
                    let who =
                        mainMovedBy.map { "\($0) committed to main while it ran: a pre-merge hook must not change main; fix it" }
                        ?? "something is committing to main at the same time (a hook, or a git command?); stop it"
                    throw StewardError.conflict(
                        "main kept moving while approving #\(n) (\(tries) tries): \(who), then approve again; nothing changed")
                }
            }
        }
    }

    /// Records N as applied at `commit` (create-only) and deletes its branch if it is still at
    /// `head`. Returns the branch's value as shown (`nothing` when gone) when something moved
    /// it meanwhile, and leaves it as it is then; nil when it was deleted.
    func recordApplied(_ n: Int, at commit: ObjectID, head: ObjectID, message: String) throws -> String? {
        let r = try repo
        try r.updateReference(Refs.applied(n), to: commit, expected: nil, message: message)
        do {
            try r.deleteReference(Refs.branch(n), expected: head)
            return nil
        } catch let e as GitError where e.code == .modified {
            return try r.reference(Refs.branch(n))?.short ?? "nothing"
        }
    }

    /// Every path that will change on main must pass the path policy of the proposal's writer.
    func checkLandingPolicy(_ n: Int, landing: [TreeChange], mainTree: ObjectID, merged: ObjectID) throws {
        let r = try repo
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
                throw StewardError.refused(
                    "cannot approve #\(n): merging it would change a path proposals may not write (\(e.message))", paths: [c.path])
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
}
