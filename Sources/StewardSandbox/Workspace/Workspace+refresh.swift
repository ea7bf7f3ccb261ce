import Foundation
import StewardCore
import StewardGit

extension Workspace {
    /// Carries pending proposal N forward onto the current `main` by replaying each of its
    /// operations (not its diff). A write whose file `main` also changed since is merged line
    /// by line when the two edits do not overlap; when they do, the write's full content
    /// wins (that is what a write means) and the path is listed in `replaced`, so the
    /// reviewer sees it in the diff and in the command's output. A delete or move conflicts
    /// when `main` changed or removed that file since, or a move's target appeared; then
    /// nothing changes. The old head is kept under `refs/steward/superseded/N-K`.
    /// - Throws: `StewardError.conflict` naming every conflicting path.
    public func refresh(_ n: Int, by person: String) throws -> ProposalResult {
        let person = try Self.checkName(person, what: "person")
        let r = try repo
        // With a remote, the superseded ref, the branch and the event are one push (spec 22.4);
        // a lost lease is judged, and the remote's refs taken, outside the lock.
        var reviewed: ObjectID?
        return try remoteRounds(.change(n, verb: "refreshing"), reviewed: reviewed) {
            try withMainLock(for: "refreshing #\(n)") {
                try retryingContention {
                    let info = try proposal(n, withStats: false)
                    guard info.status == .pending, let head = info.head.flatMap(ObjectID.init(hex:)),
                        let oldBase = info.base.flatMap(ObjectID.init(hex:))
                    else {
                        throw Self.notPending(info, action: "refresh")
                    }
                    reviewed = reviewed ?? head
                    let tip = try mainTip()
                    if oldBase == tip {
                        // Already current: nothing to do, and that is success.
                        return ProposalResult(
                            number: n, branch: "steward/\(n)", base: tip.hex, head: head.hex, commits: [], replaced: [], upToDate: true)
                    }
                    let carried = try replay(head: head, base: oldBase, onto: tip, tree: try r.commitInfo(tip).tree, committer: person)
                    let (parent, commits, replaced, conflicts) = (carried.head, carried.commits, carried.replaced, carried.conflicts)
                    if !conflicts.isEmpty {
                        let unique = Array(Set(conflicts)).sorted()
                        throw StewardError.conflict(
                            "cannot refresh #\(n): main changed or removed files it deletes or moves, or a move's target now exists: \(unique.map(Escape.inline).joined(separator: ", ")); nothing was changed — reject it, or edit main first",
                            paths: unique)
                    }
                    try publishedStep { _ in
                        let k = (try numberedRefs { Refs.superseded(n, $0) }.count) + 1
                        try r.updateReference(Refs.superseded(n, k), to: head, expected: nil, message: "steward: #\(n) before refresh \(k)")
                        try r.updateReference(Refs.branch(n), to: parent, expected: head, message: "steward: refresh #\(n)")
                        try appendAudit { seq in
                            AuditEvent(
                                sequence: seq, kind: .refreshed, proposal: n, title: info.title, actor: person,
                                date: Date(timeIntervalSince1970: Double(now())),
                                commit: parent.hex, base: tip.hex)
                        }
                    }
                    return ProposalResult(
                        number: n, branch: "steward/\(n)", base: tip.hex, head: parent.hex, commits: commits, replaced: Array(Set(replaced)).sorted(),
                        upToDate: false)
                }
            }
        }
    }

    /// What `replay` made: the new head and its operation commits, the paths whose write
    /// replaced newer changes on `main`, and the paths that conflict (nothing is valid then).
    struct Replayed {
        var head: ObjectID
        var commits: [ProposalResult.Commit]
        var replaced: [String]
        var conflicts: [String]
    }

    /// Replays the commits from `head` back to `base` (record commit included), oldest first,
    /// onto the commit `onto` whose tree is `tree` (section 13). `settled`: paths whose final
    /// state `main` already holds (a part approved, spec 5.5a): their changes are left out, and
    /// a commit that changed only settled paths is dropped. Writes objects, moves no ref.
    func replay(head: ObjectID, base: ObjectID, onto: ObjectID, tree: ObjectID, committer person: String, settled: Set<String> = []) throws
        -> Replayed
    {
        let r = try repo
        // The proposal's own commits, oldest first.
        var chain: [CommitInfo] = []
        var cursor = head
        while cursor != base {
            let c = try r.commitInfo(cursor)
            chain.append(c)
            guard let p = c.parents.first else { break }
            cursor = p
        }
        chain.reverse()
        var parent = onto
        var tree = tree
        var conflicts: [String] = []
        var commits: [ProposalResult.Commit] = []
        var replaced: [String] = []
        for c in chain {
            let before = try r.commitInfo(c.parents[0]).tree
            // Settled paths: main already holds their final state (an approved part).
            let all = try r.changes(from: before, to: c.tree)
            let changes = all.filter { !settled.contains($0.path) }
            if changes.isEmpty && !all.isEmpty { continue }
            let isMove = c.trailers[Trailer.op] == "move"
            let overwrite = c.trailers[Trailer.overwrite] == "true"
            var updates: [GitRepository.TreeUpdate] = []
            for ch in changes {
                let now = try r.entry(at: ch.path, in: tree)
                if ch.new == nil {
                    // Deleting (or moving away): main must still hold what the proposal saw.
                    // A plain delete of a file main removed too is already done; a move of
                    // it would bring it back under another name, so that conflicts.
                    if now == nil {
                        if isMove { conflicts.append(ch.path) }
                        continue
                    }
                    if now != ch.old {
                        conflicts.append(ch.path)
                        continue
                    }
                } else if isMove && ch.old == nil && !overwrite && now != nil && now != ch.new {
                    conflicts.append(ch.path)
                    continue
                } else if let new = ch.new, now != ch.old, now != new {
                    // main changed this file since the proposal saw it.
                    // The mode merges 3-way too: the proposal's if it changed it, else main's.
                    let mode = (ch.old.map { new.mode != $0.mode } ?? true) || now == nil ? new.mode : now!.mode
                    if let old = ch.old, let now, old.mode != .tree, now.mode != .tree, new.mode != .link, now.mode != .link,
                        let merged = try r.mergeFile(ancestor: old.id, ours: now.id, theirs: new.id)
                    {
                        updates.append(.init(path: ch.path, entry: TreeEntry(id: try r.writeBlob(merged), mode: mode)))
                        continue
                    }
                    replaced.append(ch.path)
                    updates.append(.init(path: ch.path, entry: TreeEntry(id: new.id, mode: mode == .link || new.mode == .link ? new.mode : mode)))
                    continue
                }
                updates.append(.init(path: ch.path, entry: ch.new))
            }
            do {
                tree = try r.updateTree(tree, updates)
            } catch let e as GitError where !e.isContention {
                conflicts.append(contentsOf: updates.map(\.path))
            }
            parent = try r.commit(
                tree: tree, parents: [parent], message: try restamped(c.message),
                author: Signature(name: c.authorName, email: c.authorEmail, time: c.time), committer: signature(person))
            if c.trailers[Trailer.op] != nil {
                commits.append(.init(commit: parent.hex, op: c.trailers[Trailer.op] ?? "", summary: c.subject))
            }
        }
        return Replayed(head: parent, commits: commits, replaced: replaced, conflicts: conflicts)
    }
}
