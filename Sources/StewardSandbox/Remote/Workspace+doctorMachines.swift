import Foundation
import StewardCore
import StewardGit

/// Whose half-finished work `doctor` may finish (spec 22.8), read once per check.
struct DoctorScope {
    /// This machine's id; nil (one machine, never synced): every repair is this machine's.
    var machine: String?
    /// The remote whose tracking refs (`refs/steward-sync/R/`) tell work that is only here.
    var remote: String
    /// `[remote] grace_minutes`, in seconds.
    var grace: Int64
    var now: Int64
}

extension Workspace {
    /// What `doctor` needs to judge whose work it found: this machine's id, the remote's name
    /// and grace period (60 minutes when the settings cannot be read), the time now.
    func doctorScope() -> DoctorScope {
        let endpoint = (try? remote()) ?? nil
        return DoctorScope(
            machine: (try? machineID()) ?? nil, remote: endpoint?.name ?? "origin", grace: Int64(endpoint?.graceMinutes ?? 60) * 60, now: now())
    }

    /// Before `doctor` checks anything (spec 22.8): with a remote, fetch and catch up as a
    /// listing does (`catchUpForListing`: `quick_timeout_seconds`, never a push), so other
    /// machines' finished steps are here and not taken for half-finished ones. What the
    /// catch-up kept local is a note; a remote that did not answer, a note that only this
    /// machine was checked. No remote: nothing.
    func doctorCatchUp() -> [DoctorFinding] {
        let caught = catchUpForListing()
        return caught.notes.map { DoctorFinding(kind: .note, message: $0) }
            + (caught.stale.map { [DoctorFinding(kind: .note, message: "checked only what this machine holds \($0)")] } ?? [])
    }

    /// `doctor`'s repairs as one step (spec 22.4's last row): with a remote and a machine id,
    /// every ref they change is staged and pushed as one atomic push (a lease on each: the
    /// value here), then made here, so what `doctor` finished is on the remote too. A remote
    /// that does not answer changes nothing there; the repairs are then made here only, as
    /// with no remote, and a note says that the next `sync` pushes them. A remote that holds
    /// other values (a lost lease: another machine moved on, or a step of this machine reached
    /// it before the process was killed) is caught up with and the repairs judged again:
    /// `LostLease` is thrown for `doctor`'s next round. Made here only they would put a second
    /// event beside the one the remote holds, forking this machine's trail; so in the
    /// `lastRound` they are not made at all, and a problem says why and what to do.
    func repairsPushed(lastRound: Bool, _ repairs: () throws -> [DoctorFinding]) throws -> [DoctorFinding] {
        guard let (remote, _) = try publishTarget() else { return try repairs() }
        let why: String
        do {
            return try publishedStep { _ in try repairs() }
        } catch let lost as LostLease {
            guard lastRound else { throw lost }
            return [
                DoctorFinding(
                    kind: .problem,
                    message:
                        "the repairs were not made: \(remote.name) holds other values of \(lost.refs.joined(separator: ", ")) and catching up \(Self.doctorRounds) times did not settle it; nothing changed; run 'steward sync' (it says what stops it), then 'steward doctor' again"
                )
            ]
        } catch let failure as RemoteFailure {
            switch failure {
            case .unreachable(let message), .failed(let message), .leaseLost(_, let message), .refused(_, let message): why = message
            }
        }
        let findings = try repairs()
        guard findings.contains(where: { $0.kind == .fixed }) else { return findings }
        return findings + [
            DoctorFinding(
                kind: .note,
                message:
                    "the repairs above are made on this machine only, not on \(remote.name) (\(why)); 'steward sync' pushes them")
        ]
    }

    /// Whether `doctor` leaves work of #n alone instead of finishing it (spec 22.8): it
    /// finishes only what this machine started. Nil: finish it (no machine id; the
    /// `Steward-Machine` trailer of `made` names this machine; or no trailer and the work is
    /// only here or older than the grace period, so no machine will finish it). Otherwise the
    /// finding that says why it is left: another machine's work younger than
    /// `grace_minutes` (by `newest`, the newest of its commits' dates) is a note, older a
    /// problem naming that machine and the way out; unnamed work on the remote younger than
    /// the grace period is a note.
    /// - Parameters:
    ///   - what: what was done, as in "#9: claimed on machine …".
    ///   - missing: what is missing, as in "(no branch, no event)".
    ///   - made: the commit whose trailer names the machine (nil: no commit of the step does).
    ///   - ref: the ref holding the work, `commit` its commit on it: whether the remote has
    ///     it is read from its tracking ref.
    func leftAlone(
        _ n: Int, _ what: String, missing: String, made: CommitInfo?, on ref: String, at commit: ObjectID, newest: Int64, scope: DoctorScope
    ) throws -> DoctorFinding? {
        guard let me = scope.machine else { return nil }
        let owner = made.flatMap(Self.madeOnMachine)
        if owner == me { return nil }
        let age = max(0, scope.now - newest)
        let young = age < scope.grace
        let ago = "\(Self.age(Double(age))) ago"
        if let owner {
            let machine = "machine \(owner.prefix(8))…"
            return young
                ? DoctorFinding(kind: .note, message: "#\(n): \(what) on \(machine) \(ago), not finished yet (\(missing)); left alone")
                : DoctorFinding(
                    kind: .problem,
                    message:
                        "#\(n): \(what) on \(machine) \(ago) and never finished (\(missing)); this machine does not finish another machine's work: run 'steward doctor' on that machine"
                )
        }
        let r = try repo
        let onRemote = try r.reference(Refs.tracking(ref, remote: scope.remote)).map { try $0 == commit || r.isAncestor(commit, of: $0) } ?? false
        guard onRemote, young else { return nil }
        return DoctorFinding(
            kind: .note,
            message:
                "#\(n): \(what) \(ago) by a machine that does not name itself (plain git, or a Steward from before the Steward-Machine trailer), not finished yet (\(missing)); left alone until it is \(scope.grace / 60) min old"
        )
    }
}
