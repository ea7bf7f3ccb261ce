import Foundation
import StewardCore
import StewardGit

/// git's lock files, as decisions and `doctor` see them (`GitLockFile` says when one is stale),
/// and git's refusals told in people's words.
extension Workspace {
    // MARK: - Before main moves

    /// Refuses, before anything changes, when one of `names` (refs, or `index`,
    /// `packed-refs`) has a stale lock file: git would refuse to update it half-way through
    /// the decision, after `main` moved. A lock a running process holds is left to the usual
    /// compare-and-swap retries (for the index: `lockCheckout` refuses).
    func refuseStaleLocks(_ names: [String], action: String) throws {
        let r = try repo
        for name in names {
            if let lock = r.lockFile(for: name), lock.isStale { throw Self.lockedError(lock, action: action) }
        }
    }

    /// The lock files a decision on N may meet before `main` moves: the index's (when the
    /// checkout follows main), `main`'s, this machine's audit chain's, the packed refs' and `refs`.
    func decisionLockNames(_ refs: [String]) throws -> [String] {
        (try checkoutFollowsMain() ? ["index"] : []) + [Refs.main, try auditRef(), "packed-refs"] + refs
    }

    /// Takes git's index lock when the person's checkout follows `main`, so the checkout can
    /// be updated once `main` has moved; hold it until then. Nil when the checkout is not on
    /// `main` (only refs change).
    /// - Throws: `StewardError.conflict` naming the lock file and what to do; nothing changed.
    func lockCheckout(for action: String) throws -> IndexLock? {
        guard try checkoutFollowsMain() else { return nil }
        let r = try repo
        do {
            return try r.lockIndex()
        } catch let e as GitError where e.code == .locked {
            guard let lock = r.lockFile(for: "index") else { return try r.lockIndex() }
            throw Self.lockedError(lock, action: action)
        }
    }

    /// What to tell the person when `lock` stops `action` ("approve #3") before anything
    /// changed, or, with `changed`, part-way through (then doctor finishes it).
    static func lockedError(_ lock: GitLockFile, action: String, changed: Bool = false) -> StewardError {
        let what = lock.name == "index.lock" ? "your checkout could not follow main" : "git cannot update \(Self.lockedThing(lock))"
        let lead = changed ? "\(action) stopped part-way" : "cannot \(action)"
        let state = changed ? "once it is gone, run 'steward doctor' to finish what was started" : "nothing was changed"
        if !lock.holders.isEmpty {
            return .conflict(
                "\(lead): \(lock.path) is held by a running process (\(lock.holders.joined(separator: ", "))), so \(what); \(state). Wait for it to finish, then try again"
            )
        }
        if !lock.isStale {
            return .conflict(
                "\(lead): \(lock.path) exists (made moments ago; no running process holds it now), so \(what); \(state). Try again in a few seconds; if it stays, run 'steward doctor --clear-stale-locks'"
            )
        }
        return .conflict(
            "\(lead): \(lock.path) was left by a git or Steward process that stopped (no running process holds it; made \(Self.age(lock.age)) ago), and while it exists \(what); \(state). Run 'steward doctor --clear-stale-locks' to remove it, then try again"
        )
    }

    static func lockedThing(_ lock: GitLockFile) -> String {
        let target = String(lock.name.dropLast(".lock".count))
        switch target {
        case "index": return "the index (your checkout)"
        case "packed-refs": return "the packed refs"
        case "HEAD": return "HEAD"
        case "config": return "the repository's config"
        default: return target.hasPrefix("refs/") ? "the ref \(target)" : target
        }
    }

    static func age(_ seconds: Double) -> String {
        let s = Int(seconds)
        return s < 120 ? "\(s) s" : s < 7200 ? "\(s / 60) min" : s < 172_800 ? "\(s / 3600) h" : "\(s / 86400) days"
    }

    // MARK: - doctor

    /// Every lock file in the git folder (`GitRepository.lockFiles`): one a running process
    /// holds is a note; a stale one is a problem, removed (`fixed`) when `clear` (the
    /// person's `--clear-stale-locks`); one too new to judge is a problem to look at again.
    /// After removing a stale index lock, the checkout is caught up with the last decision
    /// on `main` (a process that stopped while holding it stopped mid-checkout).
    /// Steward's own locks (`.steward/locks/*.lock`, and the fetch's in the git folder,
    /// `GitTransport.fetchLock`) are `flock`s, released by the kernel when their process ends:
    /// never stale, never reported.
    func checkLockFiles(clear: Bool) throws -> [DoctorFinding] {
        let r = try repo
        var findings: [DoctorFinding] = []
        var clearedIndex = false
        for lock in r.lockFiles() where lock.name != GitTransport.fetchLock {
            let blocks = "while it exists, git and Steward cannot update \(Self.lockedThing(lock))"
            if !lock.holders.isEmpty {
                findings.append(
                    .init(kind: .note, message: "\(lock.path) is in use by a running process (\(lock.holders.joined(separator: ", "))); leave it"))
            } else if !lock.isStale {
                findings.append(
                    .init(
                        kind: .problem,
                        message:
                            "\(lock.path) exists and no running process holds it, but it was made moments ago; run 'steward doctor' again in a few seconds"
                    ))
            } else if !clear {
                findings.append(
                    .init(
                        kind: .problem,
                        message:
                            "\(lock.path) was left by a git or Steward process that stopped (no running process holds it; made \(Self.age(lock.age)) ago); \(blocks). Run 'steward doctor --clear-stale-locks' to remove it"
                    ))
            } else if r.removeStaleLock(lock) {
                findings.append(
                    .init(
                        kind: .fixed,
                        message: "removed \(lock.path), left by a process that stopped (no running process held it; made \(Self.age(lock.age)) ago)"))
                if lock.name == "index.lock" { clearedIndex = true }
            } else {
                findings.append(.init(kind: .note, message: "\(lock.path) is in use again; left it"))
            }
        }
        if clearedIndex, try checkoutFollowsMain(), let last = try lastDecision() {
            findings += try catchUpCheckout(after: last)
        }
        return findings
    }

    /// The newest approval or rollback commit on main's first-parent history (at most 1,000
    /// commits back).
    func lastDecision() throws -> CommitInfo? {
        let r = try repo
        var cursor: ObjectID? = try mainTip()
        var steps = 0
        while let c = cursor, steps < 1000 {
            steps += 1
            let info = try r.commitInfo(c)
            if info.trailers[Trailer.proposal] != nil, info.trailers[Trailer.approvedBy] != nil || info.trailers[Trailer.rollbackOf] != nil {
                return info
            }
            cursor = info.parents.first
        }
        return nil
    }

    // MARK: - Refs a hook must not touch

    /// Steward's refs for proposal N (its branch, claim, applied, archive, undone, expired and
    /// superseded refs, and those of its parts, spec 5.5a) and where each points.
    func stewardRefs(for n: Int) throws -> [String: ObjectID] {
        let r = try repo
        var refs: [String: ObjectID] = [:]
        for name in [Refs.branch(n), Refs.claim(n), Refs.applied(n), Refs.archive(n), Refs.undone(n), Refs.expired(n)] {
            if let id = try r.reference(name) { refs[name] = id }
        }
        // One lookup each (`numberedRefs`), not a listing: approving runs this before and after
        // each pre-merge hook, and each listing read every packed ref (docs/benchmarks.md,
        // "Where proposals' time goes").
        for ref in try numberedRefs({ Refs.superseded(n, $0) }) { refs[ref.name] = ref.id }
        for ref in try numberedRefs({ Refs.applied(n, part: $0) }) {
            refs[ref.name] = ref.id
            let undone = Refs.undone(n, part: ref.k)
            if let id = try r.reference(undone) { refs[undone] = id }
        }
        return refs
    }

    /// How the refs changed from `before` to `after`, one phrase per ref, by name.
    static func refChanges(from before: [String: ObjectID], to after: [String: ObjectID]) -> [String] {
        Set(before.keys).union(after.keys).sorted().compactMap { name in
            switch (before[name], after[name]) {
            case (let old?, let new?) where old != new: "moved \(name) from \(old.short) to \(new.short)"
            case (nil, let new?): "created \(name) at \(new.short)"
            case (_?, nil): "deleted \(name)"
            default: nil
            }
        }
    }

    // MARK: - git's refusals, for people

    /// A `GitError` that reached the edge of a decision (`withMainLock(for:)`) after its
    /// retries, told as what happened and what to do.
    func forPeople(_ e: GitError, while action: String) -> StewardError {
        let ref = Self.reference(in: e.operation)
        switch e.code {
        case .modified, .exists:
            if ref == Refs.main {
                return .conflict(
                    "main kept moving while \(action): something is committing to main at the same time (a hook, or a git command?); stop it, then try again"
                )
            }
            let name = ref ?? "a ref"
            return .conflict(
                "\(name) kept changing while \(action): something else is updating Steward's refs at the same time (a hook, or a git command?); stop it, then try again; 'steward doctor' checks what was done"
            )
        case .locked:
            if let ref, let lock = try? repo.lockFile(for: ref) {
                return Self.lockedError(lock, action: action, changed: true)
            }
            return .conflict(
                "git found a lock file while \(action) (\(e.message)); if no git command is running, run 'steward doctor --clear-stale-locks', then try again"
            )
        default:
            return .failure("git could not \(e.operation) while \(action): \(e.message); run 'steward doctor' to check the workspace")
        }
    }

    /// The ref a `GitError`'s operation names ("update ref refs/heads/main" → refs/heads/main).
    static func reference(in operation: String) -> String? {
        for prefix in ["update ref ", "create ref ", "delete ref ", "read ref "] where operation.hasPrefix(prefix) {
            return String(operation.dropFirst(prefix.count))
        }
        return nil
    }
}
