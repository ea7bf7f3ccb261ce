import Foundation
import StewardCore
import StewardGit

extension Workspace {
    /// Checks that git's record and the index agree and repairs what it can: rebuilds the
    /// index from the audit ref, removes branches of proposals already merged into `main`,
    /// and reports numbers claimed by processes that died before finishing.
    public func doctor(rebuild: Bool) throws -> [DoctorFinding] {
        let r = try repo
        var findings: [DoctorFinding] = []
        let events = try auditEvents()
        for (i, e) in events.enumerated() where e.sequence != i + 1 {
            findings.append(.init(kind: .problem, message: "audit trail: event \(i + 1) has sequence \(e.sequence)"))
            break
        }
        let tip = try mainTip()
        findings += try recoverInterruptedMerges(tip: tip)
        for (name, head) in try r.references(matching: Refs.branchGlob) {
            guard let n = Refs.number(in: name) else { continue }
            if try r.reference(Refs.claim(n)) == nil {
                findings.append(.init(kind: .note, message: "branch steward/\(n) has no claimed number (made outside Steward?); Steward ignores it"))
            } else if let applied = try r.reference(Refs.applied(n)), try r.isAncestor(head, of: applied) {
                try r.deleteReference(name)
                findings.append(.init(kind: .fixed, message: "#\(n) was approved but its branch was left behind; removed it"))
            }
        }
        let known = Set(try auditEvents().map(\.proposal))
        for (name, _) in try r.references(matching: Refs.claimGlob) {
            guard let n = Refs.number(in: name), !known.contains(n) else { continue }
            let info = try proposal(n, withStats: false)
            if info.status == .abandoned {
                findings.append(.init(kind: .note, message: "#\(n) was claimed but never completed (the process stopped); the number stays used"))
            } else {
                findings.append(.init(kind: .problem, message: "#\(n) is \(info.status.rawValue) but the audit trail has no event for it"))
            }
        }
        let all = try auditEvents()
        if let index {
            let indexed = try index.lastSequence()
            let inGit = all.last?.sequence ?? 0
            if rebuild || indexed != inGit {
                try index.reset()
                try index.ingest(all)
                findings.append(.init(kind: .fixed, message: rebuild ? "store rebuilt from git on request (\(all.count) events)" : "store had \(indexed) of \(inGit) events; rebuilt it from git"))
            }
        }
        return findings
    }

    /// Finishes approvals and rollbacks whose process stopped after moving `main` but before
    /// the bookkeeping (applied/undone refs, branch removal, audit event): the commit on main
    /// carries the number in its trailers, so git alone says what happened.
    func recoverInterruptedMerges(tip: ObjectID) throws -> [DoctorFinding] {
        let r = try repo
        var unfinished: [Int: ProposalInfo] = [:]
        for (name, _) in try r.references(matching: Refs.claimGlob) {
            guard let n = Refs.number(in: name), try r.reference(Refs.applied(n)) == nil, try r.reference(Refs.archive(n)) == nil else { continue }
            let info = try proposal(n, withStats: false)
            if info.status == .pending || (info.status == .abandoned && info.kind == .rollback) { unfinished[n] = info }
        }
        if unfinished.isEmpty { return [] }
        var findings: [DoctorFinding] = []
        // Walk main's first-parent history (bounded) for commits that name those numbers.
        var cursor: ObjectID? = tip
        var steps = 0
        while let c = cursor, !unfinished.isEmpty, steps < 100_000 {
            steps += 1
            let info = try r.commitInfo(c)
            cursor = info.parents.first
            let t = info.trailers
            guard let n = t[Trailer.proposal].flatMap({ Int($0) }), let p = unfinished[n] else { continue }
            let date = Date(timeIntervalSince1970: Double(info.time))
            let paths = try r.changes(from: try r.commitInfo(info.parents[0]).tree, to: info.tree).map(\.path)
            if let approver = t[Trailer.approvedBy], p.kind == .change {
                try r.updateReference(Refs.applied(n), to: c, expected: nil, message: "steward doctor: approved #\(n)")
                try r.deleteReference(Refs.branch(n))
                try appendAudit { seq in
                    AuditEvent(sequence: seq, kind: .approved, proposal: n, title: p.title, actor: approver, date: date, reason: "recorded by steward doctor after an interrupted approve",
                               commit: c.hex, paths: paths)
                }
                findings.append(.init(kind: .fixed, message: "#\(n) was merged into main (\(c.short)) but the approval was not finished; finished it"))
            } else if let of = t[Trailer.rollbackOf].flatMap({ Int($0) }), p.kind == .rollback {
                try r.updateReference(Refs.applied(n), to: c, expected: nil, message: "steward doctor: rollback #\(n)")
                let previous = try r.reference(Refs.undone(of))
                try r.updateReference(Refs.undone(of), to: c, expected: previous, message: "steward doctor: #\(of) rolled back by #\(n)")
                try appendAudit { seq in
                    AuditEvent(sequence: seq, kind: .rolledBack, proposal: n, title: p.title, actor: t[Trailer.rolledBackBy] ?? info.authorName, date: date,
                               reason: "recorded by steward doctor after an interrupted rollback", commit: c.hex, rollbackOf: of, paths: paths)
                }
                findings.append(.init(kind: .fixed, message: "rollback #\(n) of #\(of) is on main (\(c.short)) but was not finished; finished it"))
            }
            unfinished[n] = nil
        }
        return findings
    }
}
