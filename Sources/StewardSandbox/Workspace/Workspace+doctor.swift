import Foundation
import StewardCore
import StewardGit

extension Workspace {
    /// Checks that git's refs, the audit trail and the index agree, and repairs what git alone
    /// can tell: finishes approvals and rollbacks interrupted after `main` moved, restores
    /// missing bookkeeping refs, appends audit events that are missing (marked as recorded by
    /// doctor), removes branches left behind, and rebuilds the index. Runs under the main lock.
    /// Lock files git or a stopped process left are reported, and removed when
    /// `clearStaleLocks` and no running process holds them (`checkLockFiles`).
    /// With a remote it catches up first (after clearing stale locks, when asked: a ref's lock
    /// stops the catch-up at that ref), and finishes only this machine's work (spec 22.8,
    /// `leftAlone`). Repairs whose push lost a lease are judged again after another catch-up
    /// (`repairsPushed`), at most `doctorRounds` times.
    public func doctor(rebuild: Bool, clearStaleLocks: Bool = false) throws -> [DoctorFinding] {
        let cleared =
            clearStaleLocks ? try withMainLock(excludingProposals: true, for: "clearing stale locks") { try checkLockFiles(clear: true) } : []
        var round = 1
        while true {
            // Outside the main lock: the catch-up takes it itself.
            let caughtUp = doctorCatchUp()
            do {
                let last = round == Self.doctorRounds
                return cleared + caughtUp + (try doctorChecks(rebuild: rebuild, clearStaleLocks: clearStaleLocks, lastRound: last))
            } catch is LostLease {
                round += 1
            }
        }
    }

    /// How many times `doctor` catches up and judges its repairs again after a lost lease.
    static let doctorRounds = 3

    /// `doctor`'s checks and repairs under the main lock. `lastRound`: a lease lost now ends
    /// with the repairs not made (`repairsPushed`) rather than thrown for another round.
    private func doctorChecks(rebuild: Bool, clearStaleLocks: Bool, lastRound: Bool) throws -> [DoctorFinding] {
        try withMainLock(excludingProposals: true, for: "checking the workspace") {
            let r = try repo
            var findings: [DoctorFinding] = []
            // Each chain on its own (spec 22.5): 1, 2, 3 … without gaps.
            for chain in try auditChains() {
                for (i, record) in chain.enumerated() where record.event.sequence != i + 1 {
                    let which = record.chain == Refs.audit ? "audit trail: event" : "audit trail \(record.chain): event"
                    findings.append(
                        .init(kind: .problem, message: "\(which) \(i + 1) has sequence \(record.event.sequence); the audit ref was rewritten"))
                    break
                }
            }
            findings += try checkLockFiles(clear: clearStaleLocks)
            findings += try repairsPushed(lastRound: lastRound) {
                try finishInterruptedMerges() + finishInterruptedParts() + removeTemporaryFiles() + restoreUndoneRefs()
                    + removeLeftoverBranches() + appendMissingEvents() + appendMissingPartEvents() + finishInterruptedExpiries()
            }
            // Packing locks every loose ref: a lock file left anywhere (reported above) would
            // fail it and lose this report; packed on a later run, once it is gone.
            if !r.lockFiles().contains(where: { $0.name != GitTransport.fetchLock }) { try r.packRefs() }
            if let index {
                // The store must hold exactly what indexing git's trail gives: every column of
                // every event (with the audit commit and chain it came from) and of every
                // proposal row; of a trail chain rewritten in git, what the store holds.
                let (all, rewritten) = try expectedIndex(index, chains: try auditChains())
                findings += rewritten.map { .init(kind: .problem, message: $0.message) }
                if rebuild {
                    findings.append(.init(kind: .fixed, message: "store rebuilt from git on request (\(all.count) events)"))
                } else if let difference = try index.difference(from: all) {
                    // A store only behind git is its normal state until a command opens it
                    // (propose and decisions write git first; the store follows on the next
                    // open, which doctor skips so as to compare first): caught up, no finding.
                    if !difference.onlyBehind {
                        findings.append(.init(kind: .fixed, message: "\(difference.message); rebuilt the store from git"))
                    }
                } else {
                    return findings
                }
                try index.reset()
                try index.ingest(all)
            }
            return findings
        }
    }

    /// Pending proposals whose head is already in main, and rollbacks whose number was
    /// claimed: if main has the commit that names them (Steward-Approved-By or
    /// Steward-Rollback-Of), the process stopped after moving main; finish its bookkeeping.
    func finishInterruptedMerges() throws -> [DoctorFinding] {
        let r = try repo
        let tip = try mainTip()
        let scope = doctorScope()
        var findings: [DoctorFinding] = []
        // One listing of the part refs for all N (as in `appendMissingEvents`): a listing per N
        // reads every ref each time.
        let partRefs = Self.partRefs(try r.references(matching: "refs/steward/applied/*-*"))
        for (name, _) in try r.references(matching: Refs.claimGlob) {
            guard let n = Refs.number(in: name), try r.reference(Refs.applied(n)) == nil, try r.reference(Refs.archive(n)) == nil,
                try r.reference(Refs.expired(n)) == nil
            else { continue }
            let p = try proposal(n, withStats: false, partRefs: partRefs[n] ?? [:])
            let candidate: Bool
            switch (p.kind, p.status) {
            case (.change, .pending): candidate = try p.head.flatMap(ObjectID.init(hex:)).map { try r.isAncestor($0, of: tip) } ?? false
            case (.rollback, .abandoned): candidate = true
            default: candidate = false
            }
            guard candidate else { continue }
            guard let c = try findOnMain(number: n, from: tip) else {
                if p.kind == .change {
                    findings.append(
                        .init(
                            kind: .problem,
                            message:
                                "#\(n)'s commits are in main but were merged with git, outside Steward; close it with 'steward reject \(n) --reason \"merged by hand\"'"
                        ))
                }
                continue
            }
            let step = p.kind == .change ? "approved (merge \(c.id.short) on main)" : "rolled back (\(c.id.short) on main)"
            if let left = try leftAlone(n, step, missing: "no applied ref", made: c, on: Refs.main, at: c.id, newest: c.time, scope: scope) {
                findings.append(left)
                continue
            }
            if p.kind == .change, c.trailers[Trailer.approvedBy] != nil {
                try r.updateReference(Refs.applied(n), to: c.id, expected: nil, message: "steward doctor: approved #\(n)")
                try r.deleteReference(Refs.branch(n))
                findings.append(
                    .init(kind: .fixed, message: "#\(n) was merged into main (\(c.id.short)) but the approval stopped half-way; finished it"))
                findings += try catchUpCheckout(after: c)
            } else if p.kind == .rollback, c.trailers[Trailer.rollbackOf] != nil {
                try r.updateReference(Refs.applied(n), to: c.id, expected: nil, message: "steward doctor: rollback #\(n)")
                findings.append(.init(kind: .fixed, message: "rollback #\(n) is on main (\(c.id.short)) but stopped half-way; finished it"))
                findings += try catchUpCheckout(after: c)
            }
        }
        return findings
    }

    /// After finishing a merge that main got but the checkout did not: bring the changed paths
    /// of the person's checkout up to main, if they still hold the old version untouched.
    func catchUpCheckout(after c: CommitInfo) throws -> [DoctorFinding] {
        let r = try repo
        guard try checkoutFollowsMain(), let parent = c.parents.first else { return [] }
        let before = try r.commitInfo(parent).tree
        let paths = try r.changes(from: before, to: c.tree).map(\.path)
        let current = try r.commitInfo(try mainTip()).tree
        // Paths whose checkout already matches main need nothing.
        let stale = try r.dirtyPaths(paths, against: current).map(\.path)
        if stale.isEmpty { return [] }
        let untouched = try r.dirtyPaths(stale, against: before).isEmpty
        if untouched {
            do {
                try r.checkout(stale, from: current)
            } catch let e as GitError where e.code == .locked {
                return [
                    .init(
                        kind: .problem, message: Self.checkoutAdvice(commit: c.id, paths: stale, error: "git's index lock .git/index.lock is taken"))
                ]
            }
            return [
                .init(
                    kind: .fixed,
                    message:
                        "your checkout still had the old version of \(stale.count) file\(stale.count == 1 ? "" : "s") (\(stale.prefix(5).map(Escape.inline).joined(separator: ", "))); updated them to main"
                )
            ]
        }
        return [.init(kind: .problem, message: Self.checkoutAdvice(commit: c.id, paths: stale, error: "those files have uncommitted edits"))]
    }

    /// Half-written files a killed process left in `.git/steward-tmp`.
    func removeTemporaryFiles() throws -> [DoctorFinding] {
        let dir = try repo.gitdir + "steward-tmp"
        let left = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        if left.isEmpty { return [] }
        for f in left { try? FileManager.default.removeItem(atPath: dir + "/" + f) }
        return [.init(kind: .fixed, message: "removed \(left.count) half-written temporary file\(left.count == 1 ? "" : "s") from .git/steward-tmp")]
    }

    /// Every rollback in effect must be recorded as undoing its target.
    func restoreUndoneRefs() throws -> [DoctorFinding] {
        let r = try repo
        let scope = doctorScope()
        var findings: [DoctorFinding] = []
        for (name, _) in try r.references(matching: Refs.claimGlob) {
            guard let m = Refs.number(in: name), let applied = try r.reference(Refs.applied(m)) else { continue }
            let c = try r.commitInfo(applied)
            guard let of = c.trailers[Trailer.rollbackOf].flatMap({ Int($0) }) else { continue }
            let undone = Refs.undone(of, part: c.trailers[Trailer.rollbackPart].flatMap { Int($0) })
            let current = try r.reference(undone)
            // Missing, or pointing at an older rollback than this one.
            var stale = current == nil
            if let current, current != applied, try r.isAncestor(current, of: applied) { stale = true }
            if stale,
                let left = try leftAlone(
                    m, "rolled back #\(of)", missing: "no \(undone)", made: c, on: Refs.applied(m), at: applied, newest: c.time, scope: scope)
            {
                findings.append(left)
            } else if stale {
                try r.updateReference(undone, to: applied, expected: current, message: "steward doctor: #\(of) rolled back by #\(m)")
                findings.append(.init(kind: .fixed, message: "#\(of) was rolled back by #\(m) but not marked so; marked it"))
            }
        }
        return findings
    }

    func removeLeftoverBranches() throws -> [DoctorFinding] {
        let r = try repo
        var findings: [DoctorFinding] = []
        for (name, head) in try r.references(matching: Refs.branchGlob) {
            guard let n = Refs.number(in: name) else { continue }
            if try r.reference(Refs.claim(n)) == nil {
                findings.append(.init(kind: .note, message: "branch steward/\(n) has no claimed number (made outside Steward?); Steward ignores it"))
            } else if let applied = try r.reference(Refs.applied(n)), try r.isAncestor(head, of: applied) {
                try r.deleteReference(name, expected: head)
                findings.append(.init(kind: .fixed, message: "#\(n) was approved but its branch was left behind; removed it"))
            } else if let archived = try r.reference(Refs.archive(n)), archived == head {
                try r.deleteReference(name, expected: head)
                findings.append(.init(kind: .fixed, message: "#\(n) was rejected but its branch was left behind; removed it"))
            }
        }
        return findings
    }

    /// The refs say what happened to each number; the audit trail must say it too.
    func appendMissingEvents() throws -> [DoctorFinding] {
        let r = try repo
        var have: [Int: Set<AuditEvent.Kind>] = [:]
        // A part's `approved` event (spec 5.5a) does not stand for the approval of the rest.
        for e in try auditEvents() where !(e.kind == .approved && e.part != nil) { have[e.proposal, default: []].insert(e.kind) }
        let scope = doctorScope()
        var findings: [DoctorFinding] = []
        let numbers = try r.references(matching: Refs.claimGlob).compactMap { Refs.number(in: $0.name) }.sorted()
        // One listing of the part refs for all N: a listing per N reads every ref each time,
        // which made this loop grow as the square of the numbers claimed.
        let partRefs = Self.partRefs(try r.references(matching: "refs/steward/applied/*-*"))
        for n in numbers {
            let p = try proposal(n, withStats: false, partRefs: partRefs[n] ?? [:])
            let kinds = have[n] ?? []
            let record = try r.commitInfo(try r.reference(Refs.claim(n))!)
            // Another machine's step is left to that machine (spec 22.8): `step` is what it did,
            // `made` the commit naming the machine, on `ref`.
            func add(
                _ kind: AuditEvent.Kind, _ step: String, made: CommitInfo?, on ref: String, at commit: CommitInfo,
                _ make: (Int) throws -> AuditEvent
            ) throws {
                let missing = "no '\(kind.rawValue)' event"
                if let left = try leftAlone(n, step, missing: missing, made: made, on: ref, at: commit.id, newest: commit.time, scope: scope) {
                    findings.append(left)
                    return
                }
                try appendAudit { seq in try make(seq) }
                findings.append(.init(kind: .fixed, message: "#\(n): the audit trail had no '\(kind.rawValue)' event; recorded it from git"))
            }
            if p.status == .abandoned {
                if kinds.isEmpty {
                    findings.append(
                        try leftAlone(
                            n, "claimed", missing: "no branch, no event", made: record, on: Refs.claim(n), at: record.id, newest: record.time,
                            scope: scope)
                            ?? .init(kind: .note, message: "#\(n) was claimed but never completed (the process stopped); the number stays used"))
                }
                continue
            }
            if p.kind == .change, !kinds.contains(.proposed) {
                let head = try p.head.flatMap(ObjectID.init(hex:)).map { try r.commitInfo($0) } ?? record
                try add(.proposed, "proposed", made: record, on: Refs.claim(n), at: head.time > record.time ? head : record) { seq in
                    AuditEvent(
                        sequence: seq, kind: .proposed, proposal: n, title: p.title, actor: p.agent,
                        date: Date(timeIntervalSince1970: Double(record.time)),
                        reason: "recorded by steward doctor", commit: p.head, base: record.parents.first?.hex)
                }
            }
            if p.status == .rejected, !kinds.contains(.rejected), let archive = try r.reference(Refs.archive(n)) {
                // No commit of a rejection names its machine: only the rules for unnamed work apply.
                try add(.rejected, "rejected", made: nil, on: Refs.archive(n), at: try r.commitInfo(archive)) { seq in
                    AuditEvent(
                        sequence: seq, kind: .rejected, proposal: n, title: p.title, actor: "unknown",
                        date: Date(timeIntervalSince1970: Double(now())),
                        reason: "recorded by steward doctor; the rejection's reason was lost", commit: p.head)
                }
            }
            if p.kind == .change, p.status == .approved || p.status == .rolledBack, !kinds.contains(.approved),
                let applied = try r.reference(Refs.applied(n))
            {
                let c = try r.commitInfo(applied)
                try add(.approved, "approved", made: c, on: Refs.applied(n), at: c) { seq in
                    AuditEvent(
                        sequence: seq, kind: .approved, proposal: n, title: p.title, actor: c.trailers[Trailer.approvedBy] ?? c.authorName,
                        date: Date(timeIntervalSince1970: Double(c.time)), reason: "recorded by steward doctor", commit: c.id.hex,
                        paths: try changedPaths(of: c))
                }
            }
            if p.kind == .rollback, !kinds.contains(.rolledBack), let applied = try r.reference(Refs.applied(n)) {
                let c = try r.commitInfo(applied)
                try add(.rolledBack, "rolled back", made: c, on: Refs.applied(n), at: c) { seq in
                    AuditEvent(
                        sequence: seq, kind: .rolledBack, proposal: n, title: p.title, actor: c.trailers[Trailer.rolledBackBy] ?? c.authorName,
                        date: Date(timeIntervalSince1970: Double(c.time)), reason: Self.rollbackReason(c.message) ?? "recorded by steward doctor",
                        commit: c.id.hex, rollbackOf: p.rollbackOf, paths: try changedPaths(of: c),
                        part: c.trailers[Trailer.rollbackPart].flatMap { Int($0) })
                }
            }
        }
        return findings
    }

    func changedPaths(of c: CommitInfo) throws -> [String] {
        guard let parent = c.parents.first else { return [] }
        return try repo.changes(from: try repo.commitInfo(parent).tree, to: c.tree).map(\.path)
    }

    /// The reason paragraph of a rollback commit ("subject", "reason", "trailers").
    static func rollbackReason(_ message: String) -> String? {
        let paragraphs = message.trimmingCharacters(in: .newlines).components(separatedBy: "\n\n")
        return paragraphs.count == 3 ? paragraphs[1] : nil
    }
}
