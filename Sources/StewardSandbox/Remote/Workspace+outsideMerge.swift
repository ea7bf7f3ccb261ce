import Foundation
import StewardCore
import StewardGit

/// A merge made outside Steward (spec 22.7): on a forge, or with plain git, then pushed to the
/// remote's `main`. It counts as the approval of pending N only when it merges exactly the head
/// Steward recorded for N; the catch-up records it here and `sync` pushes the record.
extension Workspace {
    /// Before the catch-up moves `main` from `from` to R's `to` (a fast-forward), under the
    /// `main` lock: for each proposal pending here, with its recorded head (its branch before
    /// the catch-up, `recorded[N]`, or the head the catch-up took from R when a `proposed`,
    /// `updated` or `refreshed` event of N names it: another machine's step), looks along the commits `main` moved through (the first-parent line from `to`
    /// back to `from`, oldest first) for a merge commit with that head as a parent other than
    /// the first, or a single-parent commit (not one of N's own) whose change equals N's change
    /// from its base (a squash). Found: the path policy and `main`'s pre-merge hooks judge what
    /// it brought onto its first parent (`approve`'s checks), then `applied/N` is created at it,
    /// the branch deleted (expected: that head) and an `approved` event appended with the
    /// commit's author as actor. A refusal does not undo the merge: it is recorded all the same,
    /// so that `rollback N` can undo it, and a problem names that way out. N's commits in `main`
    /// without such a merge (another head merged, or a fast-forward) are a problem, worded as
    /// `doctor` words it (spec 5.10 step 2); nothing is recorded then.
    /// A merge the remote holds `applied/N` for by now is another machine's `approve`, seen
    /// half-written by the fetch (`approvedThereMeanwhile`): nothing is recorded, `recordRaced`
    /// is set (so `sync` fetches again, which takes the approval) and the result is false.
    /// With a remote, each record is pushed before it is made here (`publishedRecord`): when
    /// that push fails (another machine recorded N first, the remote did not answer, this
    /// machine may not write events), nothing of it is made here, a problem says so, and the
    /// result is false: `main` must stay, so that the next catch-up looks at these commits again.
    /// - Returns: whether `main` may move to `to`.
    /// - Throws: `GitError`/`StewardError` when git cannot be read or written (not a refusal).
    func recordOutsideMerges(
        from: ObjectID, to: ObjectID, remote: String, recorded: [Int: ObjectID], report: inout CatchUpReport
    ) throws -> Bool {
        let r = try repo
        let brought = Set(try r.commits(from: to, hiding: [from]))
        var current: [Int: ObjectID] = [:]
        for (name, id) in try r.references(matching: Refs.branchGlob) {
            if case .branch(let n)? = SyncedRef(name) { current[n] = id }
        }
        if brought.isEmpty || current.isEmpty { return true }
        var line: [CommitInfo] = []
        var cursor: ObjectID? = to
        while let c = cursor, brought.contains(c) {
            let info = try r.commitInfo(c)
            line.append(info)
            cursor = info.parents.first
        }
        line.reverse()
        var named: Set<String>?
        for (n, now) in current.sorted(by: { $0.key < $1.key }) {
            guard try isPendingHere(n) else { continue }
            // The head found here, and one this catch-up took from R when another machine's
            // Steward recorded it (its proposed, updated or refreshed event came with it).
            var heads = recorded[n].map { [$0] } ?? []
            if recorded[n] != now {
                if named == nil { named = try headsNamedByEvents() }
                if named?.contains("\(n) \(now.hex)") == true { heads.append(now) }
            }
            var own: Set<ObjectID> = []
            var found: (merge: CommitInfo, base: ObjectID, head: ObjectID)?
            for head in heads {
                guard let base = try recordedBase(of: head, proposal: n) ?? r.mergeBase(head, from) else { continue }
                let change = try r.changes(from: try r.commitInfo(base).tree, to: try r.commitInfo(head).tree)
                let commits = Set(try r.commits(from: head, hiding: [base]))
                own.formUnion(commits)
                let merge = try line.first { c in
                    if c.parents.count > 1 { return c.parents.dropFirst().contains(head) }
                    guard let parent = c.parents.first, !change.isEmpty, !commits.contains(c.id) else { return false }
                    return try r.changes(from: try r.commitInfo(parent).tree, to: c.tree) == change
                }
                if let merge {
                    found = (merge, base, head)
                    break
                }
            }
            if found != nil, try approvedThereMeanwhile(n, remote: remote) {
                report.recordRaced = true
                report.problems.append(
                    "#\(n) was approved on \(remote) while this machine fetched (main there merges it, and its approval's other refs were still being written): nothing was recorded and main here stays at \(from.short); run 'steward sync' again"
                )
                return false
            } else if let found {
                var problems: [String] = []
                do {
                    report.mergedOutside.append(
                        try publishedRecord(remote: remote) {
                            try recordOutsideMerge(n, base: found.base, head: found.head, merge: found.merge, remote: remote, problems: &problems)
                        })
                    report.problems += problems
                } catch let failure as RecordNotPublished {
                    report.recordRaced = failure.raced
                    report.problems.append(
                        "#\(n) was merged on \(remote) outside Steward by \(Escape.inline(found.merge.authorName)) (\(found.merge.id.short)), but its record did not reach \(remote): \(failure.why); nothing was recorded and main here stays at \(from.short); run 'steward sync' again"
                    )
                    return false
                }
            } else if try !own.isDisjoint(with: brought)
                || !Set(r.commits(from: now, hiding: [recordedBase(of: now, proposal: n) ?? from])).isDisjoint(with: brought)
            {
                report.problems.append(
                    "#\(n)'s commits are in main but were merged with git, outside Steward (main on \(remote), \(to.short), does not merge the head recorded for #\(n), \((heads.last ?? now).short)); close it with 'steward reject \(n) --reason \"merged by hand\"'"
                )
            }
        }
        return true
    }

    /// Whether the remote holds `applied/N` now, asked again before a merge of N found on its
    /// `main` is recorded as made outside Steward. The remote's git writes an atomic push's refs
    /// one at a time and a fetch is not held off meanwhile, so a fetch made while another
    /// machine's `approve` of N was landing can see `main` with the approval's merge and not yet
    /// `applied/N` (about one read in a thousand made while pushes land, git 2.39): that is Steward's approval,
    /// which the next fetch takes whole, not a merge to record (whose push the remote would
    /// refuse). Fetches `applied/N` alone into its tracking ref. False without a remote to
    /// push to, or when it does not answer (the record's push says so then).
    func approvedThereMeanwhile(_ n: Int, remote: String) throws -> Bool {
        guard let (endpoint, publisher) = try publishTarget(), endpoint.name == remote else { return false }
        do {
            try publisher.fetch(from: endpoint, only: [Refs.applied(n)], into: self)
        } catch is RemoteFailure {
            return false
        }
        return try repo.reference(Refs.tracking(Refs.applied(n), remote: remote)) != nil
    }

    /// The commit N's branch at `head` was made on: the parent of its record commit (the first
    /// commit back along first parents carrying `Steward-Kind`), each commit on the way carrying
    /// `Steward-Proposal: N` (a branch is linear: `refresh` replays it). Nil when a commit on
    /// the way is not N's. Never this machine's old `main`: a proposal made on a newer main (this
    /// machine behind; another approved #1, then proposed #2) has R's newer merges in its
    /// history, which are what the catch-up brought, not N merged by hand.
    func recordedBase(of head: ObjectID, proposal n: Int) throws -> ObjectID? {
        let r = try repo
        var cursor: ObjectID? = head
        for _ in 0..<100_000 {
            guard let c = cursor else { return nil }
            let info = try r.commitInfo(c)
            guard info.trailers[Trailer.proposal] == "\(n)" else { return nil }
            if info.trailers[Trailer.kind] != nil { return info.parents.first }
            cursor = info.parents.first
        }
        return nil
    }

    /// "N HEAD" for every head a `proposed`, `updated` or `refreshed` event names, on any chain here.
    func headsNamedByEvents() throws -> Set<String> {
        var out: Set<String> = []
        for record in try auditChains().joined() where [.proposed, .updated, .refreshed].contains(record.event.kind) {
            if let commit = record.event.commit { out.insert("\(record.event.proposal) \(commit)") }
        }
        return out
    }

    /// N is a pending proposal here: claimed, its branch present, and no decision ref.
    func isPendingHere(_ n: Int) throws -> Bool {
        let r = try repo
        guard try r.reference(Refs.claim(n)) != nil, try r.reference(Refs.branch(n)) != nil else { return false }
        return try [Refs.applied(n), Refs.archive(n), Refs.expired(n)].allSatisfy { try r.reference($0) == nil }
    }

    /// Records N as approved by `merge` (spec 22.7), after the path policy and the pre-merge
    /// hooks judged it as `approve` does, on the merge's first parent.
    func recordOutsideMerge(
        _ n: Int, base: ObjectID, head: ObjectID, merge: CommitInfo, remote: String, problems: inout [String]
    ) throws -> CatchUpReport.OutsideMerge {
        let r = try repo
        let info = try proposal(n, withStats: false)
        let onto = try r.commitInfo(merge.parents[0])
        let landing = try r.changes(from: onto.tree, to: merge.tree)
        // The name git holds is anyone's to write: kept only when it is a name Steward accepts.
        let actor = (try? Self.checkName(merge.authorName, what: "approver")) ?? "unknown"
        var refusal: String?
        do {
            try checkLandingPolicy(n, landing: landing, mainTree: onto.tree, merged: merge.tree)
            let event = HookEvent(
                event: HookEventName.preMerge.rawValue, proposal: n, title: info.title, agent: info.agent, approver: actor,
                base: base.hex, head: head.hex, files: try hookFiles(landing))
            _ = try runHooks(.preMerge, payload: event.jsonValue, proposal: n, subject: "it", mainTree: onto.tree)
        } catch let e as StewardError where e.code == .refused {
            let prefix = "cannot approve #\(n): "
            refusal = e.message.hasPrefix(prefix) ? String(e.message.dropFirst(prefix.count)) : e.message
        }
        let reason = "merged outside Steward (on \(remote))"
        if let now = try recordApplied(n, at: merge.id, head: head, message: "steward: #\(n) \(reason)") {
            problems.append(
                "steward/\(n) moved to \(now) after the head that was merged on \(remote) (\(head.short)); #\(n) is recorded as approved with that head and the branch was left as it is"
            )
        }
        try appendAudit { seq in
            AuditEvent(
                sequence: seq, kind: .approved, proposal: n, title: info.title, actor: actor, date: Date(timeIntervalSince1970: Double(merge.time)),
                reason: reason + (refusal.map { "; \($0)" } ?? ""), commit: merge.id.hex, paths: landing.map(\.path))
        }
        if let refusal {
            problems.append(
                "#\(n) was merged on \(remote) by \(Escape.inline(merge.authorName)) (\(merge.id.short)) and \(refusal); it stands on main, recorded as approved: to undo it, run 'steward rollback \(n)'"
            )
        }
        return .init(number: n, commit: merge.id, actor: actor, refusal: refusal)
    }
}

/// A merge made outside Steward whose record did not reach the remote (`publishedRecord`).
struct RecordNotPublished: Error {
    /// Why, for the problem: git's sentence, or this machine's refusal to write an event.
    var why: String
    /// The push lost a lease (another machine recorded it first, or moved a ref of the
    /// record): a fetch and another catch-up take what the remote holds now.
    var raced: Bool
}

extension Workspace {
    /// Makes the record of a merge made outside Steward (`body`: `applied/N`, the branch
    /// deleted, the `approved` event) as one step (spec 22.7): its refs staged, pushed to
    /// `remote` in one atomic push, each leased at the value the last fetch found there (the
    /// branch only when the remote still has it; this machine's chain from the remote's value,
    /// carrying its events not pushed yet), and only then written here. So of two machines
    /// recording the same merge at once only one lands (`applied/N` is create-only there) and
    /// the other records nothing: no second `approved` event. Without a remote to push to
    /// (no machine id), `body` writes the refs here and `sync` pushes them.
    /// - Throws: `RecordNotPublished` when the push failed or this machine may not write an
    ///   event (nothing changed here); what `body` throws.
    func publishedRecord<T>(remote: String, _ body: () throws -> T) throws -> T {
        guard let (endpoint, publisher) = try publishTarget(), endpoint.name == remote else { return try body() }
        let r = try repo
        try r.beginStaging()
        defer { r.discardStaged() }
        let value: T
        do {
            value = try body()
        } catch let e as StewardError where e.code == .conflict {
            throw RecordNotPublished(why: e.message, raced: false)
        }
        do {
            try r.publishStaged { changes in
                let pushes = try changes.compactMap { c -> RefPush? in
                    let there = try r.reference(Refs.tracking(c.name, remote: remote))
                    return c.new == nil && there == nil ? nil : RefPush(ref: c.name, new: c.new, expected: there)
                }
                try publisher.push(pushes, to: endpoint, from: self)
                try recordPushed(pushes, remote: endpoint)
            }
        } catch RemoteFailure.leaseLost(let refs, let message) {
            let why =
                refs.contains(where: { $0.hasPrefix("refs/steward/applied/") })
                ? "another machine recorded it at the same time" : "\(refs.joined(separator: ", ")) moved there meanwhile"
            throw RecordNotPublished(why: "\(why) (\(message))", raced: true)
        } catch RemoteFailure.unreachable(let message), RemoteFailure.refused(_, let message), RemoteFailure.failed(let message) {
            throw RecordNotPublished(why: message, raced: false)
        }
        return value
    }
}
