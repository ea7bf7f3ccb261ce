import Foundation
import StewardCore
import StewardGit

/// One archive `gc --expire-archives` removed, or would remove with `--dry-run`.
public struct ExpiredArchive: Sendable, Hashable, Codable {
    public var number: Int
    public var title: String
    /// The archived head that was (`refs/steward/archive/N`).
    public var head: String
    /// The date of the `rejected` event, and its reason.
    public var rejectedOn: Date
    public var reason: String?
    /// The refs removed: the archive and the `superseded` evidence refs of N.
    public var refs: [String]
}

extension Workspace {
    /// The range `--expire-archives` takes: a whole number of days, at least one.
    public static let expiryDays = SettingRange.whole(1...36_500, "days")

    /// Expires the archives of proposals rejected more than `days` days before `now` (the
    /// date of their `rejected` event: the audit trail decides), lowest number first. Per
    /// proposal, in this order, so that an interrupted run leaves N rejected and a rerun
    /// finishes it: the `expired` event (the tombstone) is appended, `refs/steward/expired/N`
    /// made to point at its audit commit, then the superseded refs and the archive deleted.
    /// On one machine every tombstone is written first and then all the archive and superseded
    /// refs are deleted at once (`deleteReferencesAtOnce`: one rewrite of `packed-refs`, not
    /// one per ref); an archive whose tombstone an interrupted run wrote is finished whatever
    /// `days` is. The claim ref stays. With a remote, the proposals go in batches of at most
    /// `syncBatchLimit()` refs, each batch's events and refs one atomic push with a lease on
    /// every ref (spec 22.4); a batch whose lease is lost leaves the earlier ones expired. With `dryRun`, nothing is written. Each archive expired (or listed)
    /// is added to `out` once it is done, so a caller that runs this again after a lost lease
    /// keeps those. Callers hold the main lock (`gc`).
    func expireArchives(olderThan days: Int, now: Date, by person: String, dryRun: Bool, into out: inout [ExpiredArchive]) throws {
        guard Self.expiryDays.contains(Double(days)) else {
            throw StewardError.usage("--expire-archives is \(days), but must be \(Self.expiryDays)")
        }
        let person = try Self.checkName(person, what: "person")
        let r = try repo
        let cutoff = now.addingTimeInterval(-Double(days) * 86_400)
        var rejected: [Int: AuditEvent] = [:]
        var tombstones: [Int: AuditRecord] = [:]
        for record in try auditTrail() {
            let e = record.event
            if e.kind == .rejected { rejected[e.proposal] = e }
            if e.kind == .expired { tombstones[e.proposal] = record }
        }
        // Listed once (a glob per proposal walks every packed ref each time).
        var superseded: [Int: [(name: String, id: ObjectID)]] = [:]
        for s in try r.references(matching: "refs/steward/superseded/*") {
            guard let tail = s.name.split(separator: "/").last, let n = Int(tail.prefix { $0 != "-" }) else { continue }
            superseded[n, default: []].append(s)
        }
        var due: [(item: ExpiredArchive, rejection: AuditEvent, refs: [(name: String, id: ObjectID)])] = []
        for (name, head) in try r.references(matching: "refs/steward/archive/*") {
            guard let n = Refs.number(in: name), let rejection = rejected[n], rejection.date < cutoff || tombstones[n] != nil else { continue }
            // The archive last, as a half-finished expiry is recognised by it.
            let refs = (superseded[n] ?? []).sorted { $0.name < $1.name } + [(name: name, id: head)]
            let item = ExpiredArchive(
                number: n, title: rejection.title, head: head.hex, rejectedOn: rejection.date, reason: rejection.reason,
                refs: [name] + refs.dropLast().map(\.name))
            due.append((item, rejection, refs))
        }
        due.sort { $0.item.number < $1.item.number }
        if dryRun {
            out += due.map(\.item)
            return
        }
        /// The `expired` event (a run stopped after writing it reuses it) and the ref to it.
        func tombstone(_ d: (item: ExpiredArchive, rejection: AuditEvent, refs: [(name: String, id: ObjectID)])) throws {
            let n = d.item.number
            let record =
                try tombstones[n]
                ?? appendAudit { seq in
                    AuditEvent(
                        sequence: seq, kind: .expired, proposal: n, title: d.rejection.title, actor: person, date: now,
                        reason: d.rejection.reason, commit: d.item.head, rejectedOn: d.rejection.date)
                }.record
            guard let audit = record.auditCommit.flatMap(ObjectID.init(hex:)) else {
                throw StewardError.failure("#\(n)'s expired event has no audit commit; run 'steward doctor'")
            }
            let current = try r.reference(Refs.expired(n))
            if current != audit { try r.updateReference(Refs.expired(n), to: audit, expected: current, message: "steward gc: expired #\(n)") }
        }
        if try publishTarget() != nil {
            // One push per batch of proposals, as sync's first push (spec 22.6): one connection
            // and one ref negotiation per proposal made expiring thousands take as many pushes.
            for batch in Self.expiryBatches(due.map { $0.refs.count + 1 }, limit: try Self.syncBatchLimit()) {
                try publishedStep { _ in
                    for d in due[batch] {
                        try tombstone(d)
                        for (ref, id) in d.refs { try r.deleteReference(ref, expected: id) }
                    }
                }
                out += due[batch].map(\.item)
            }
            return
        }
        for d in due { try tombstone(d) }
        try deleteReferencesAtOnce(due.flatMap(\.refs))
        out += due.map(\.item)
    }

    /// The proposals to expire cut into consecutive batches whose push holds at most `limit`
    /// refs: `refs[i]` for the i-th (its expired ref and the refs it deletes, never split) and
    /// the machine's trail once. A proposal larger than `limit` is a batch of its own.
    nonisolated static func expiryBatches(_ refs: [Int], limit: Int) -> [Range<Int>] {
        var batches: [Range<Int>] = []
        var start = 0
        var count = 1  // the trail
        for (i, k) in refs.enumerated() {
            if i > start && count + k > limit {
                batches.append(start..<i)
                start = i
                count = 1
            }
            count += k
        }
        if start < refs.count { batches.append(start..<refs.count) }
        return batches
    }

    /// For `doctor`: every `expired` event of the trail must have its `refs/steward/expired/N`
    /// and no archive or superseded ref left (a gc stopped between the two is finished); an
    /// expired ref must name an `expired` event of its number.
    func finishInterruptedExpiries() throws -> [DoctorFinding] {
        let r = try repo
        var findings: [DoctorFinding] = []
        var seen = Set<Int>()
        for record in try auditTrail() where record.event.kind == .expired {
            guard let id = record.auditCommit.flatMap(ObjectID.init(hex:)) else { continue }
            let e = record.event
            let n = e.proposal
            seen.insert(n)
            let current = try r.reference(Refs.expired(n))
            let left = try r.references(matching: Refs.supersededGlob(n)) + (try r.reference(Refs.archive(n)).map { [(Refs.archive(n), $0)] } ?? [])
            if current == id, left.isEmpty { continue }
            try r.updateReference(Refs.expired(n), to: id, expected: current, message: "steward doctor: expired #\(n)")
            for (ref, old) in left { try r.deleteReference(ref, expected: old) }
            findings.append(.init(kind: .fixed, message: "#\(n)'s archive was expired by gc but the expiry stopped half-way; finished it"))
        }
        for (name, _) in try r.references(matching: "refs/steward/expired/*") {
            guard let n = Refs.number(in: name), !seen.contains(n) else { continue }
            findings.append(
                .init(
                    kind: .problem,
                    message:
                        "\(name) names no 'expired' event of #\(n) in the audit trail (written outside Steward?); remove it with 'git update-ref -d \(name)'"
                ))
        }
        return findings
    }

    /// N's `expired` event when gc expired its archive (read through `refs/steward/expired/N`).
    public func tombstone(_ n: Int) throws -> AuditEvent? {
        guard let c = try repo.reference(Refs.expired(n)) else { return nil }
        let e = try auditEvent(at: c)
        guard e.kind == .expired, e.proposal == n else {
            throw StewardError.failure("refs/steward/expired/\(n) names audit commit \(c.short), which is not #\(n)'s expiry; run 'steward doctor'")
        }
        return e
    }

    /// "expired on DATE by gc (rejected on DATE: REASON)", for `diff` and `show`.
    static func expiredSummary(_ t: AuditEvent) -> String {
        func day(_ d: Date) -> String { ISO8601DateFormatter.string(from: d, timeZone: .gmt, formatOptions: [.withFullDate]) }
        return "expired on \(day(t.date)) by gc (rejected on \(t.rejectedOn.map(day) ?? "an unknown date")"
            + (t.reason.map { ": " + Escape.inline($0) } ?? "") + "); its changes are no longer kept"
    }
}
