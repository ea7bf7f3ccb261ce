import Foundation
import StewardCore
import StewardGit

extension Workspace {
    /// Pending proposals, oldest first, with their numbers of changed files and lines.
    /// With a `cache`, a proposal whose head has not moved since it was last listed costs
    /// nothing but its ref; the others are computed and added to the cache.
    public func pending(cache: ProposalCache? = nil) throws -> [ProposalInfo] {
        let r = try repo
        var heads: [Int: String] = [:]
        for (name, head) in try r.references(matching: Refs.branchGlob) {
            if let n = Refs.number(in: name) { heads[n] = head.hex }
        }
        // A process killed half-way through approve or reject can leave the branch beside the
        // applied or archive ref; those are not pending, whatever the cache says.
        let applied = try r.references(matching: "refs/steward/applied/*")
        let decided = Set(applied.compactMap { Refs.number(in: $0.name) })
            .union(try r.references(matching: "refs/steward/archive/*").compactMap { Refs.number(in: $0.name) })
        let cached = (try cache?.cachedProposals(heads) ?? [:]).filter { !decided.contains($0.key) }
        // Parts already approved (spec 5.5a), from the same listing: only a proposal that has
        // some costs more than its ref.
        let partRefs = Self.partRefs(applied)
        var fresh: [ProposalInfo] = []
        var out: [ProposalInfo] = []
        for n in heads.keys.sorted() {
            if var c = cached[n] {
                c.parts = try partRefs[n].flatMap { try parts(of: n, refs: $0) }
                out.append(c)
                continue
            }
            // Only branches whose number Steward handed out; a person's own steward/X is skipped.
            guard try r.reference(Refs.claim(n)) != nil else { continue }
            let info = try proposal(n, withStats: true, partRefs: partRefs[n] ?? [:])
            guard info.status == .pending else { continue }
            fresh.append(info)
            out.append(info)
        }
        if !fresh.isEmpty { try cache?.cacheProposals(fresh) }
        return out
    }

    /// One proposal, whatever its state.
    /// - Throws: `StewardError.notFound` when the number was never handed out.
    public func proposal(_ n: Int, withStats: Bool = true) throws -> ProposalInfo {
        try proposal(n, withStats: withStats, partRefs: nil)
    }

    /// `proposal(_:withStats:)` with N's part refs when the caller has listed them already
    /// (`pending`); nil lists them.
    func proposal(_ n: Int, withStats: Bool, partRefs: [Int: ObjectID]?) throws -> ProposalInfo {
        let r = try repo
        guard let claim = try r.reference(Refs.claim(n)) else {
            throw StewardError.notFound("there is no proposal #\(n); 'steward review' lists pending ones, 'steward log' all of them")
        }
        let record = try r.commitInfo(claim)
        let t = record.trailers
        let kind = ProposalInfo.Kind(rawValue: t[Trailer.kind] ?? "change") ?? .change
        var title = record.subject
        if let colon = title.range(of: ": ") { title = String(title[colon.upperBound...]) }
        var info = ProposalInfo(
            number: n, title: title, agent: t[Trailer.agent] ?? record.authorName, kind: kind, status: .abandoned,
            created: Date(timeIntervalSince1970: Double(record.time)), base: nil, head: nil, files: 0, additions: 0, deletions: 0,
            rollbackOf: t[Trailer.rollbackOf].flatMap { Int($0) }, undoneBy: nil)
        var base: ObjectID?
        var head: ObjectID?
        // Precedence: what reached main, then a rejection, then a pending branch (a process
        // killed half-way can leave two of these refs; the stronger fact wins).
        if let applied = try r.reference(Refs.applied(n)) {
            info.status = kind == .change ? .approved : .applied
            head = applied
            base = try r.commitInfo(applied).parents.first
        } else if let archived = try r.reference(Refs.archive(n)) {
            info.status = .rejected
            head = archived
            base = try r.mergeBase(archived, try mainTip())
        } else if try r.reference(Refs.expired(n)) != nil {
            // Rejected, and its archive expired by gc (spec 5.10a): no head to show.
            info.status = .rejected
        } else if let branch = try r.reference(Refs.branch(n)) {
            info.status = .pending
            head = branch
            base = try r.mergeBase(branch, try mainTip())
        }
        if info.status == .approved || info.status == .applied, let undone = try r.reference(Refs.undone(n)) {
            info.undoneBy = try r.commitInfo(undone).trailers[Trailer.proposal].flatMap { Int($0) }
            // Undone, unless the rollback that undid it was itself rolled back since.
            if let m = info.undoneBy, try !isRestored(undoneBy: m) { info.status = .rolledBack }
        }
        info.base = base?.hex
        info.head = head?.hex
        info.parts = try parts(of: n, refs: try partRefs ?? self.partRefs(of: n))
        if withStats, let base, let head {
            let p = try patch(base: base, head: head, withText: false)
            info.files = p.files.count
            info.additions = p.additions
            info.deletions = p.deletions
            info.contents = ProposalInfo.contentKinds(of: p.files.flatMap { [$0.path] + ($0.oldPath.map { [$0] } ?? []) })
        }
        return info
    }

    /// Whether rollback M was itself undone (so what M undid is in effect again).
    func isRestored(undoneBy m: Int, depth: Int = 0) throws -> Bool {
        guard depth < 1000, let undone = try repo.reference(Refs.undone(m)) else { return false }
        guard let k = try repo.commitInfo(undone).trailers[Trailer.proposal].flatMap({ Int($0) }) else { return false }
        // M is undone by K, unless K in turn was undone.
        return try !isRestored(undoneBy: k, depth: depth + 1)
    }

    /// The proposal's changes as a unified diff against its base (always text); with
    /// `since`, only what changed after that earlier head of the proposal (what a reviewer
    /// has not seen yet), when it is still in the branch's history.
    public func diff(_ n: Int, since: String? = nil) throws -> ProposalDiff {
        let info = try proposal(n, withStats: false)
        guard var b = info.base.flatMap(ObjectID.init(hex:)), let h = info.head.flatMap(ObjectID.init(hex:)) else {
            if let t = try tombstone(n) { throw StewardError.notFound("#\(n) " + Self.expiredSummary(t)) }
            throw StewardError.notFound("proposal #\(n) was never completed (its process stopped before the first commit); nothing to show")
        }
        var sinceApplied = false
        if let since, let s = ObjectID(hex: since), try isAncestor(s, of: h) {
            b = s
            sinceApplied = true
        }
        let p = try patch(base: b, head: h, withText: true)
        return ProposalDiff(
            number: n, title: info.title, base: b.hex, head: h.hex, files: p.files.map(ChangedFile.init), text: p.text,
            lines: p.lines.map(PatchLine.init),
            since: sinceApplied ? since : nil, status: info.status, parts: info.parts ?? [])
    }

    /// Whether `a` is `b` or one of its ancestors.
    func isAncestor(_ a: ObjectID, of b: ObjectID) throws -> Bool {
        let r = try repo
        if a == b { return true }
        return try r.mergeBase(a, b) == a
    }

    func patch(base: ObjectID, head: ObjectID, withText: Bool) throws -> Patch {
        let r = try repo
        let a = try r.commitInfo(base).tree
        let b = try r.commitInfo(head).tree
        let changed = try r.changes(from: a, to: b).map(\.path)
        if changed.isEmpty { return Patch(text: "", lines: [], files: []) }
        return try r.patch(from: a, to: b, paths: changed, withText: withText)
    }
}

extension Workspace {
    /// A cheap fingerprint of the refs that decide which proposals are pending (the files git
    /// keeps them in: `packed-refs` and the folders of branch, claim, applied and archive
    /// refs), and the newest change among them. Any ref written or removed changes a file's
    /// or folder's modification time; a caller that caches by it must not trust a fingerprint
    /// whose newest change is within the file system's timestamp granularity of now (two
    /// changes in one tick would look like one).
    public nonisolated func refsFingerprint() -> (key: String, newest: Date) {
        let git = root + "/.git"
        var key = ""
        var newest = Date.distantPast
        for path in [
            "packed-refs", "refs/heads/steward", "refs/steward/proposals", "refs/steward/applied", "refs/steward/archive", "refs/steward/undone",
            "refs/heads",
        ] {
            var st = stat()
            if stat(git + "/" + path, &st) == 0 {
                key += "\(path):\(st.st_ino):\(st.st_size):\(st.st_mtim.tv_sec).\(st.st_mtim.tv_nsec);"
                let t = Date(timeIntervalSince1970: Double(st.st_mtim.tv_sec) + Double(st.st_mtim.tv_nsec) / 1e9)
                if t > newest { newest = t }
            } else {
                key += "\(path):-;"
            }
        }
        return (key, newest)
    }
}
