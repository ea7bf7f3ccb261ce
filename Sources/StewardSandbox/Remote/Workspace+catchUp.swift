import Foundation
import StewardCore
import StewardGit

/// The catch-up (spec 22.6): what a fetch put under `refs/steward-sync/R/` judged against the
/// local refs by the last column of 22.3's table, taken one ref at a time, and what only this
/// machine holds. Purely local: the fetch before it and the push after it are `sync`'s.
extension Workspace {
    /// Takes what remote R's fetched refs bring, under the `main` lock, one ref at a time with
    /// compare-and-swap: claims, then decision refs, branches, comment and audit chains, then
    /// `main` (a fast-forward the checkout can follow, and no rules change not made here unless
    /// `acceptRules` names the remote's new tip; a pending proposal the new commits merged
    /// outside Steward is recorded as approved first, spec 22.7), then the store. What a remote may not do is
    /// kept as it is here and reported. Idempotent: a second run takes nothing.
    /// - Parameters:
    ///   - remote: the remote's name (its tracking refs are `refs/steward-sync/NAME/…`).
    ///   - acceptRules: a commit id (7 to 40 hex digits) naming the remote `main`'s tip whose
    ///     changes to `hooks/`, `prompts/` or `steward.toml` the person read (`sync --accept-rules`).
    /// - Throws: `StewardError.usage` for a malformed name or id; `.conflict` when the remote's
    ///   `main` shares no history with this one (nothing is taken then).
    public func catchUp(remote: String, acceptRules: String? = nil) throws -> CatchUpReport {
        if let problem = MachineConfig.remoteNameProblem(remote) {
            throw StewardError.usage("the remote name '\(Escape.inline(remote))' \(problem)")
        }
        let accept = try acceptRules.map(Self.commitPrefix)
        let r = try repo
        return try withMainLock(for: "catching up with \(remote)") {
            var report = CatchUpReport()
            let theirs = try trackedRefs(remote)
            guard let theirMain = theirs[Refs.main] else {
                report.main = .notOnRemote
                if theirs.isEmpty {
                    report.onlyLocal = try onlyLocal(theirs: theirs)
                } else {
                    report.problems.append(
                        "\(remote) holds Steward's refs but no main, so it cannot be told to hold this workspace; nothing was taken from it and nothing is pushed to it; check that [remote] names the right repository"
                    )
                }
                return report
            }
            let here = try mainTip()
            guard try r.mergeBase(here, theirMain) != nil else {
                throw StewardError.conflict(
                    "\(remote) holds another workspace: its main (\(theirMain.short)) shares no history with main here (\(here.short)); nothing was taken from it; check that [remote] in .steward/config.toml names this workspace's repository"
                )
            }
            let seen = readSeen(remote)
            // A forbidden deletion kept here, and its problem.
            var keptDeleted: [String: String] = [:]
            // Each pending branch as the catch-up found it: the head a merge made outside
            // Steward must merge to count as its approval (spec 22.7).
            var recorded: [Int: ObjectID] = [:]
            for (name, id) in try r.references(matching: Refs.branchGlob) {
                if case .branch(let n)? = SyncedRef(name) { recorded[n] = id }
            }
            let machine = try machineID()
            let names = Set(theirs.keys).union(try localTableRefs().keys).compactMap { name in SyncedRef(name).map { (name, $0) } }
            for (name, kind) in names.sorted(by: Self.catchUpOrder) where kind != .main {
                let outcome = try retryingContention {
                    try judge(name, kind, theirs: theirs, remote: remote, seen: seen.contains(name), machine: machine)
                }
                switch outcome {
                case .unchanged: break
                case .taken(let taken): report.taken.append(taken)
                case .problem(let problem): report.problems.append(problem)
                case .keptDeleted(let problem):
                    report.problems.append(problem)
                    keptDeleted[name] = problem
                }
            }
            report = try retryingContention {
                var attempt = report
                // A merge made outside Steward among what main takes is recorded (and pushed)
                // first: main moves only once the record is on the remote too.
                try catchUpMain(to: theirMain, remote: remote, accept: accept, report: &attempt) { from, to, attempt in
                    try recordOutsideMerges(from: from, to: to, remote: remote, recorded: recorded, report: &attempt)
                }
                return attempt
            }
            switch report.main {
            case .behindBlocked, .diverged: report.mainProblem = report.problems.last  // catchUpMain's last word
            default: break
            }
            if case .fastForwarded = report.main {
                // A forge may delete the branch it merged: decided here now, so no longer kept.
                for merged in report.mergedOutside {
                    guard let problem = keptDeleted.removeValue(forKey: Refs.branch(merged.number)) else { continue }
                    report.problems.removeAll { $0 == problem }
                }
            }
            try syncIndex()
            // A merge made outside and recorded here was pushed at once: the remote holds its record.
            report.onlyLocal = try onlyLocal(theirs: report.mergedOutside.isEmpty ? theirs : trackedRefs(remote))
            report.problems += try refsMovedBack(theirs: theirs, remote: remote)
            try writeSeen(remote, Set(theirs.keys).union(keptDeleted.keys))
            return report
        }
    }

    enum CatchUpOutcome {
        case unchanged
        case taken(CatchUpReport.Taken)
        case problem(String)
        /// The remote deleted a ref it may not delete: kept here, pushed back by `sync`.
        case keptDeleted(String)
    }

    /// One ref: the remote's value (`theirs[name]`, nil = the remote lacks it) against this
    /// machine's, by 22.3's last column. `seen`: the remote held it at the last catch-up, so
    /// its absence now is a deletion, not a ref made here and not pushed yet.
    func judge(_ name: String, _ kind: SyncedRef, theirs: [String: ObjectID], remote: String, seen: Bool, machine: String?) throws
        -> CatchUpOutcome
    {
        let r = try repo
        let message = "steward: caught up with \(remote)"
        switch (try r.reference(name), theirs[name]) {
        case (nil, nil):
            return .unchanged
        case (nil, let t?):
            guard try mayCreate(kind, theirs: theirs) else { return .unchanged }
            try r.updateReference(name, to: t, expected: nil, message: message)
            return .taken(.init(ref: name, old: nil, new: t))
        case (let o?, nil):
            if let decided = kind.deletedWith, try decided.refs.contains(where: { try theirs[$0] != nil || r.reference($0) != nil }) {
                try r.deleteReference(name, expected: o)
                return .taken(.init(ref: name, old: o, new: nil))
            }
            // Never on the remote: made here and not pushed yet (`onlyLocal` lists it).
            guard seen else { return .unchanged }
            return .keptDeleted(
                "\(remote) deleted \(name) (here \(o.short)); \(kind.rule(deleted: true)) — kept this machine's, and 'steward sync' pushes it back; ask whoever deleted it"
            )
        case (let o?, let t?):
            if o == t { return .unchanged }
            if kind.movesForward {
                if try r.isAncestor(o, of: t) || supersededNames(o, kind, theirs: theirs) {
                    try r.updateReference(name, to: t, expected: o, message: message)
                    return .taken(.init(ref: name, old: o, new: t))
                }
                // Ahead here: `onlyLocal` pushes it.
                if try r.isAncestor(t, of: o) { return .unchanged }
            }
            if case .trail(let id) = kind, id == machine {
                return .problem("another clone writes this machine's trail (\(name)); give this one a new id with 'steward sync --new-machine-id'")
            }
            return .problem(
                "\(remote) rewrote \(name) (here \(o.short), on \(remote) \(t.short)); \(kind.rule(deleted: false)) — kept this machine's; ask whoever pushed it"
            )
        }
    }

    /// Whether a ref the remote has and this machine lacks is taken: a branch only of a claimed
    /// number not decided here, an archive or superseded ref only of a number not expired here
    /// (what is decided here goes to the remote instead: `onlyLocal` deletes it there).
    func mayCreate(_ kind: SyncedRef, theirs: [String: ObjectID]) throws -> Bool {
        let r = try repo
        if case .branch(let n) = kind, try theirs[Refs.claim(n)] == nil && r.reference(Refs.claim(n)) == nil { return false }
        guard let decided = kind.deletedWith else { return true }
        return try decided.refs.allSatisfy { try r.reference($0) == nil }
    }

    /// Whether a branch's old head `old` is named by a `superseded/N-K` (here or on the remote):
    /// a refresh or a part approval moved it to a new head that need not descend from it.
    func supersededNames(_ old: ObjectID, _ kind: SyncedRef, theirs: [String: ObjectID]) throws -> Bool {
        guard case .branch(let n) = kind else { return false }
        if try repo.references(matching: Refs.supersededGlob(n)).contains(where: { $0.id == old }) { return true }
        return theirs.contains { SyncedRef($0.key) == .superseded(n) && $0.value == old }
    }

    /// What `sync` pushes (see `CatchUpReport.onlyLocal`), in the catch-up's order.
    func onlyLocal(theirs: [String: ObjectID]) throws -> [RefPush] {
        let r = try repo
        let here = try localTableRefs()
        var pushes: [(String, SyncedRef, RefPush)] = []
        for (name, o) in here {
            guard let kind = SyncedRef(name) else { continue }
            if case .branch(let n) = kind, try r.reference(Refs.claim(n)) == nil { continue }
            if let t = theirs[name] {
                if t != o, kind.movesForward, try r.isAncestor(t, of: o) { pushes.append((name, kind, RefPush(ref: name, new: o, expected: t))) }
            } else {
                pushes.append((name, kind, RefPush(ref: name, new: o, expected: nil)))
            }
        }
        for (name, t) in theirs where here[name] == nil {
            guard let kind = SyncedRef(name), let decided = kind.deletedWith else { continue }
            if try decided.refs.contains(where: { try r.reference($0) != nil }) {
                pushes.append((name, kind, RefPush(ref: name, new: nil, expected: t)))
            }
        }
        return pushes.sorted { Self.catchUpOrder(($0.0, $0.1), ($1.0, $1.1)) }.map(\.2)
    }

    /// This machine's refs of 22.3's table, `main` included.
    func localTableRefs() throws -> [String: ObjectID] {
        var refs: [String: ObjectID] = [Refs.main: try mainTip()]
        for glob in ["refs/steward/*", Refs.branchGlob] {
            for (name, id) in try repo.references(matching: glob) where SyncedRef(name) != nil { refs[name] = id }
        }
        return refs
    }

    /// What the last fetch from R found, by local name: only refs of 22.3's table.
    func trackedRefs(_ remote: String) throws -> [String: ObjectID] {
        var refs: [String: ObjectID] = [:]
        for (name, id) in try repo.references(matching: Refs.trackingPrefix(remote) + "*") {
            if let local = Refs.local(ofTracking: name, remote: remote), SyncedRef(local) != nil { refs[local] = id }
        }
        return refs
    }

    static func catchUpOrder(_ a: (String, SyncedRef), _ b: (String, SyncedRef)) -> Bool {
        a.1.stage != b.1.stage ? a.1.stage < b.1.stage : a.0.compare(b.0, options: .numeric) == .orderedAscending
    }

    /// `--accept-rules`' id, lowercased.
    static func commitPrefix(_ id: String) throws -> String {
        let hex = id.lowercased()
        guard (7...40).contains(hex.count), hex.allSatisfy(\.isHexDigit) else {
            throw StewardError.usage("--accept-rules takes the commit id of main on the remote (7 to 40 hex digits); got '\(Escape.inline(id))'")
        }
        return hex
    }

    // MARK: - What the remote held

    /// `.steward/sync/R.seen`: the refs of 22.3's table remote R held at the last catch-up (and
    /// those it deleted that this machine keeps), one a line. A ref made here and never pushed
    /// is not in it, so its absence on the remote is not a deletion. Lost with `.steward/`: a
    /// deletion is then not reported, only pushed back.
    func seenPath(_ remote: String) -> String { stateDir + "/sync/\(remote).seen" }

    func readSeen(_ remote: String) -> Set<String> {
        guard let data = FileManager.default.contents(atPath: seenPath(remote)) else { return [] }
        return Set(String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init))
    }

    func writeSeen(_ remote: String, _ refs: Set<String>) throws {
        guard refs != readSeen(remote) else { return }
        let path = seenPath(remote)
        do {
            try FileManager.default.createDirectory(atPath: stateDir + "/sync", withIntermediateDirectories: true)
            try Data(refs.sorted().map { $0 + "\n" }.joined().utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw StewardError.failure("cannot write \(path): \(error.localizedDescription)")
        }
    }
}
