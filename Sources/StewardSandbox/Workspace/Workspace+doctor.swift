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
            findings.append(.init(problem: "audit trail: event \(i + 1) has sequence \(e.sequence)", fixed: false))
            break
        }
        let tip = try mainTip()
        for (name, head) in try r.references(matching: Refs.branchGlob) {
            guard let n = Refs.number(in: name) else { continue }
            if try r.reference(Refs.claim(n)) == nil {
                findings.append(.init(problem: "branch steward/\(n) has no claimed number (made outside Steward?)", fixed: false))
            } else if let applied = try r.reference(Refs.applied(n)), try r.isAncestor(head, of: applied) {
                try r.deleteReference(name)
                findings.append(.init(problem: "#\(n) was approved but its branch was left behind", fixed: true))
            }
        }
        _ = tip
        let known = Set(events.map(\.proposal))
        for (name, _) in try r.references(matching: Refs.claimGlob) {
            guard let n = Refs.number(in: name), !known.contains(n) else { continue }
            let info = try proposal(n, withStats: false)
            if info.status == .abandoned {
                findings.append(.init(problem: "#\(n) was claimed but never completed (the process stopped); the number stays used", fixed: false))
            } else {
                findings.append(.init(problem: "#\(n) is \(info.status.rawValue) but the audit trail has no event for it", fixed: false))
            }
        }
        if let index {
            let indexed = try index.lastSequence()
            let inGit = events.last?.sequence ?? 0
            if rebuild || indexed != inGit {
                try index.reset()
                try index.ingest(events)
                findings.append(.init(problem: rebuild ? "store rebuilt from git on request (\(events.count) events)" : "store had \(indexed) of \(inGit) events", fixed: true))
            }
        }
        return findings
    }
}
