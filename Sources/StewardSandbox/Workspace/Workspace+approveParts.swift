import Foundation
import StewardCore
import StewardGit

/// Which of a proposal's files an approval takes (spec 5.5a). Paths are those `steward diff N`
/// lists; a rename counts as both its paths, and naming either takes it whole.
public enum FileChoice: Sendable, Hashable {
    /// The whole proposal.
    case all
    /// Only these files; the rest stays pending (or is rejected).
    case only([String])
    /// Every file but these.
    case except([String])
}

extension FileChoice {
    /// The choice `--only`/`--except` (CLI) or `only`/`except` (API) make; an empty list is
    /// not given. The one check for both.
    /// - Throws: `StewardError.usage` when both are given, or `rejectRest` without either.
    public static func from(only: [String]?, except: [String]?, rejectRest: String?) throws -> FileChoice {
        let only = only ?? []
        let except = except ?? []
        if !only.isEmpty && !except.isEmpty {
            throw StewardError.usage("only and except cannot be combined: name the files to approve, or the files to leave out")
        }
        if rejectRest != nil && only.isEmpty && except.isEmpty {
            throw StewardError.usage("reject-rest needs only or except: it rejects the files they leave out")
        }
        return !only.isEmpty ? .only(only) : !except.isEmpty ? .except(except) : .all
    }
}

/// Part K of an approval in parts: the paths it takes (both ends of a rename) and the files
/// it leaves to decide.
struct PartPlan {
    var k: Int
    var chosen: Set<String>
    var declined: [String]
}

extension Workspace {
    /// Checks what `approve(_:files:…)` will check first, without the lock and without
    /// changing anything: N exists and is pending, and `choice` names only files N changes
    /// and leaves something to approve. For asking a person only about an approval that can
    /// happen (`steward approve` checks before its question).
    /// - Throws: what `approve` would throw for these: `.notFound`, `.conflict` (not pending),
    ///   `.usage` (a path N does not change, nothing chosen).
    public func check(_ choice: FileChoice, of n: Int) throws {
        let info = try proposal(n, withStats: false)
        guard info.status == .pending, let head = info.head.flatMap(ObjectID.init(hex:)) else {
            throw Self.notPending(info, action: "approve")
        }
        let tip = try mainTip()
        _ = try partPlan(n, choice: choice, base: info.base.flatMap(ObjectID.init(hex:)) ?? tip, head: head, tip: tip)
    }

    /// What `choice` takes of N (base → head): nil when it is the whole proposal.
    /// - Throws: `StewardError.usage` naming a path N does not change (with N's files) or
    ///   when nothing is left to approve; `.conflict` when an earlier part stopped half-way.
    func partPlan(_ n: Int, choice: FileChoice, base: ObjectID, head: ObjectID, tip: ObjectID) throws -> PartPlan? {
        let given: [String]
        let only: Bool
        switch choice {
        case .all: return nil
        case .only(let paths): (given, only) = (paths, true)
        case .except(let paths): (given, only) = (paths, false)
        }
        let groups = try patch(base: base, head: head, withText: false).files.map { Set([$0.path] + ($0.oldPath.map { [$0] } ?? [])) }
        let known = groups.reduce(into: Set<String>()) { $0.formUnion($1) }
        var unknown: [String] = []
        for p in given where !known.contains(p) && !unknown.contains(p) { unknown.append(p) }
        if !unknown.isEmpty {
            throw StewardError.usage(
                "#\(n) does not change \(unknown.map(Escape.inline).joined(separator: ", ")); its files are: \(known.sorted().map(Escape.inline).joined(separator: ", ")) (see 'steward diff \(n)')"
            )
        }
        if given.isEmpty { throw StewardError.usage("name at least one file of #\(n) to \(only ? "approve" : "leave out")") }
        let named = Set(given)
        let chosen = groups.filter { only != $0.isDisjoint(with: named) }
        if chosen.isEmpty {
            throw StewardError.usage("that leaves no file of #\(n) to approve; to decline all of it, run 'steward reject \(n)'")
        }
        if chosen.count == groups.count { return nil }
        let taken = chosen.reduce(into: Set<String>()) { $0.formUnion($1) }
        let k = try partRefs(of: n).count + 1
        if let c = try findOnMain(number: n, part: k, from: tip, stopAt: base) {
            throw StewardError.conflict(
                "an earlier approval of part \(k) of #\(n) stopped half-way (\(c.id.short) is on main); run 'steward doctor' to finish it")
        }
        return PartPlan(k: k, chosen: taken, declined: known.subtracting(taken).sorted())
    }

    /// Carries what is left of N onto `onto` (whose tree is `tree`) with `settled` paths left
    /// out (they are on main now): the branch moves by compare-and-swap from `head`, which is
    /// kept as `refs/steward/superseded/N-J`. Returns the new head, or a note saying why the
    /// branch was left as it is (then `steward refresh N` carries it).
    func carryRest(_ n: Int, head: ObjectID, base: ObjectID, onto: ObjectID, tree: ObjectID, settled: Set<String>, by person: String) throws -> (
        ObjectID?, String?
    ) {
        let r = try repo
        let carried = try replay(head: head, base: base, onto: onto, tree: tree, committer: person, settled: settled)
        if !carried.conflicts.isEmpty {
            return (
                nil,
                "the files left in #\(n) could not be carried onto main (\(Set(carried.conflicts).sorted().map(Escape.inline).joined(separator: ", "))); run 'steward refresh \(n)'"
            )
        }
        let j = (try numberedRefs { Refs.superseded(n, $0) }.count) + 1
        try r.updateReference(Refs.superseded(n, j), to: head, expected: nil, message: "steward: #\(n) before carrying its rest")
        do {
            try r.updateReference(Refs.branch(n), to: carried.head, expected: head, message: "steward: carry the rest of #\(n)")
        } catch let e as GitError where e.code == .modified {
            return (nil, "steward/\(n) moved while part of it was being approved; it was left as it is; run 'steward refresh \(n)'")
        }
        return (carried.head, nil)
    }

    /// The paths a part's approval merge took: its part commit's own changes (second parent).
    func partPaths(of merge: CommitInfo) throws -> Set<String> {
        let r = try repo
        guard merge.parents.count == 2 else { return Set(try changedPaths(of: merge)) }
        return Set(try changedPaths(of: try r.commitInfo(merge.parents[1])))
    }

    /// Doctor: a part approval whose merge reached main but whose bookkeeping did not
    /// (`applied/N-K` missing): the ref is made and the rest carried onto main. Never treated
    /// as a whole approval. One walk of main's first-parent history, from its tip back to the
    /// oldest base of a pending proposal (at most 100,000 commits).
    func finishInterruptedParts() throws -> [DoctorFinding] {
        let r = try repo
        let tip = try mainTip()
        var pending: [Int: (head: ObjectID, base: ObjectID, next: Int)] = [:]
        // One listing of the part refs for all N: a listing per N reads every ref each time.
        let partRefs = Self.partRefs(try r.references(matching: "refs/steward/applied/*-*"))
        for (name, head) in try r.references(matching: Refs.branchGlob) {
            guard let n = Refs.number(in: name), try r.reference(Refs.claim(n)) != nil, try r.reference(Refs.applied(n)) == nil,
                let base = try r.mergeBase(head, tip)
            else { continue }
            pending[n] = (head, base, (partRefs[n]?.count ?? 0) + 1)
        }
        var bases = Set(pending.values.map(\.base))
        var found: [Int: CommitInfo] = [:]
        var cursor: ObjectID? = tip
        var steps = 0
        while let c = cursor, !bases.isEmpty, steps < 100_000 {
            steps += 1
            bases.remove(c)
            let info = try r.commitInfo(c)
            if let n = info.trailers[Trailer.proposal].flatMap({ Int($0) }), let p = pending[n], found[n] == nil,
                info.trailers[Trailer.part] == "\(p.next)", info.trailers[Trailer.approvedBy] != nil, try r.isAncestor(p.base, of: c)
            {
                found[n] = info
            }
            cursor = info.parents.first
        }
        var findings: [DoctorFinding] = []
        let scope = doctorScope()
        for (n, c) in found.sorted(by: { $0.key < $1.key }) {
            let p = pending[n]!
            let step = "part \(p.next) approved (merge \(c.id.short) on main)"
            if let left = try leftAlone(n, step, missing: "no applied ref", made: c, on: Refs.main, at: c.id, newest: c.time, scope: scope) {
                findings.append(left)
                continue
            }
            try r.updateReference(Refs.applied(n, part: p.next), to: c.id, expected: nil, message: "steward doctor: approved part \(p.next) of #\(n)")
            let (_, note) = try carryRest(
                n, head: p.head, base: p.base, onto: tip, tree: try r.commitInfo(tip).tree, settled: try partPaths(of: c),
                by: c.trailers[Trailer.approvedBy] ?? c.authorName)
            findings.append(
                .init(
                    kind: .fixed,
                    message: "part \(p.next) of #\(n) was merged into main (\(c.id.short)) but the approval stopped half-way; finished it"
                        + (note.map { "; \($0)" } ?? "")))
            findings += try catchUpCheckout(after: c)
        }
        return findings
    }

    /// Doctor: every `refs/steward/applied/N-K` needs its `approved` event with part K.
    func appendMissingPartEvents() throws -> [DoctorFinding] {
        let r = try repo
        var have = Set<String>()
        for e in try auditEvents() where e.kind == .approved { if let k = e.part { have.insert("\(e.proposal)-\(k)") } }
        var findings: [DoctorFinding] = []
        let scope = doctorScope()
        for (n, parts) in Self.partRefs(try r.references(matching: "refs/steward/applied/*-*")).sorted(by: { $0.key < $1.key }) {
            for (k, id) in parts.sorted(by: { $0.key < $1.key }) where !have.contains("\(n)-\(k)") {
                let p = try proposal(n, withStats: false)
                let c = try r.commitInfo(id)
                let step = "part \(k) approved"
                let ref = Refs.applied(n, part: k)
                if let left = try leftAlone(n, step, missing: "no 'approved' event", made: c, on: ref, at: id, newest: c.time, scope: scope) {
                    findings.append(left)
                    continue
                }
                try appendAudit { seq in
                    AuditEvent(
                        sequence: seq, kind: .approved, proposal: n, title: p.title, actor: c.trailers[Trailer.approvedBy] ?? c.authorName,
                        date: Date(timeIntervalSince1970: Double(c.time)), reason: "recorded by steward doctor", commit: c.id.hex,
                        paths: try changedPaths(of: c), part: k)
                }
                findings.append(.init(kind: .fixed, message: "#\(n): the audit trail had no 'approved' event for part \(k); recorded it from git"))
            }
        }
        return findings
    }
}
