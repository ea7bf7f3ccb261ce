import Foundation
import StewardCore
import StewardGit

/// The catch-up of `main` (spec 22.6, 22.9): a fast-forward only, only when the person's
/// checkout can follow (as `approve` moves it), and only when it brings no change to the rules
/// that was not made here, unless the person accepted that exact tip.
extension Workspace {
    /// Judges `main` against `theirs` (the remote's), the caller holding the `main` lock;
    /// fills `report`'s `main`, `rulesWaiting`, `rulesTip`, `taken` and `problems`.
    /// `beforeMove(here, theirs, &report)` runs once every check passed, right before `main`
    /// moves; false keeps `main` where it is (behind, blocked; it said why in `report`).
    /// - Throws: `GitError` on a lost compare-and-swap (`main` moved meanwhile: retry).
    func catchUpMain(
        to theirs: ObjectID, remote: String, accept: String?, report: inout CatchUpReport,
        beforeMove: (ObjectID, ObjectID, inout CatchUpReport) throws -> Bool = { _, _, _ in true }
    ) throws {
        let r = try repo
        let here = try mainTip()
        if here == theirs {
            report.main = .equal
            return
        }
        if try r.isAncestor(theirs, of: here) {
            report.main = .ahead(commits: try r.commits(from: here, hiding: [theirs]).count)
            return
        }
        let behind = try r.commits(from: theirs, hiding: [here]).count
        guard try r.isAncestor(here, of: theirs) else {
            let ahead = try r.commits(from: here, hiding: [theirs]).count
            report.main = .diverged(here: ahead, there: behind)
            report.problems.append(
                "main here and on \(remote) both moved (here \(Self.commits(ahead)), on \(remote) \(behind)); merge or rebase them yourself, then run 'steward sync'"
            )
            return
        }
        let rules = try rulesCommits(from: theirs, main: here)
        if !rules.isEmpty, accept.map({ theirs.hex.hasPrefix($0) }) != true {
            report.main = .behindBlocked(commits: behind)
            report.rulesWaiting = rules
            report.rulesTip = theirs
            report.problems.append(Self.rulesProblem(rules, tip: theirs, here: here, remote: remote, accept: accept))
            return
        }
        let from = try r.commitInfo(here).tree
        let to = try r.commitInfo(theirs).tree
        let message = "steward: main caught up with \(remote)"
        guard try checkoutFollowsMain() else {
            guard try beforeMove(here, theirs, &report) else {
                report.main = .behindBlocked(commits: behind)
                return
            }
            try r.updateReference(Refs.main, to: theirs, expected: here, message: message)
            report.taken.append(.init(ref: Refs.main, old: here, new: theirs))
            report.main = .fastForwarded(from: here, to: theirs)
            return
        }
        // As approve (spec 5.5 step 8): the index lock first, uncommitted edits never clobbered.
        let changed = try r.changes(from: from, to: to).map(\.path)
        let lock: IndexLock?
        do {
            lock = try lockCheckout(for: "take main from \(remote)")
        } catch let e as StewardError {
            report.main = .behindBlocked(commits: behind)
            report.problems.append(e.message)
            return
        }
        defer { lock?.release() }
        let dirty = try dirtyCheckout(paths: changed, against: from)
        if !dirty.isEmpty {
            report.main = .behindBlocked(commits: behind)
            report.problems.append(
                "main on \(remote) moved to \(theirs.short); your uncommitted edits to \(dirty.map { Escape.inline($0.path) }.joined(separator: ", ")) are in the way; commit or move them, then run 'steward sync'"
            )
            return
        }
        guard try beforeMove(here, theirs, &report) else {
            report.main = .behindBlocked(commits: behind)
            return
        }
        try r.updateReference(Refs.main, to: theirs, expected: here, message: message)
        report.taken.append(.init(ref: Refs.main, old: here, new: theirs))
        report.main = .fastForwarded(from: here, to: theirs)
        guard let lock else { return }
        do {
            try r.checkout(changed, from: to, lock: lock)
        } catch {
            report.problems.append(Self.checkoutAdvice(commit: theirs, paths: changed, error: "\(error)"))
        }
    }

    /// The commits `tip` brings to `main` that change `hooks/`, `prompts/` or `steward.toml`
    /// (each against its first parent: a merge counts with all it brings) and were not made
    /// on this machine. Made here means reachable from local `main` or from one of the
    /// person's own branches (`refs/heads/*` but `steward/N`, which proposals and fetches
    /// write): Steward cannot tell more (spec 22.9).
    func rulesCommits(from tip: ObjectID, main here: ObjectID) throws -> [CatchUpReport.RulesCommit] {
        let r = try repo
        let own = try r.references(matching: "refs/heads/*").filter { !$0.name.hasPrefix("refs/heads/steward/") }.map(\.id)
        var out: [CatchUpReport.RulesCommit] = []
        for id in try r.commits(from: tip, hiding: [here] + own) {
            let c = try r.commitInfo(id)
            let before = try c.parents.first.map { try r.commitInfo($0).tree }
            let paths = try r.changes(from: before, to: c.tree).map(\.path).filter(RulesPaths.contains)
            if !paths.isEmpty { out.append(.init(id: id, author: c.authorName, subject: c.subject, paths: paths)) }
        }
        return out
    }

    static func rulesProblem(_ rules: [CatchUpReport.RulesCommit], tip: ObjectID, here: ObjectID, remote: String, accept: String?) -> String {
        let listed = rules.prefix(5).map { c in
            "\(c.id.short) by \(Escape.inline(c.author)) (\(c.paths.prefix(3).map(Escape.inline).joined(separator: ", "))\(c.paths.count > 3 ? ", …" : ""))"
        }
        let more = rules.count > 5 ? " and \(rules.count - 5) more" : ""
        let named = accept.map { " (--accept-rules \($0) names another commit)" } ?? ""
        return
            "main on \(remote) (\(tip.short)) brings \(Self.commits(rules.count)) not made on this machine that change hooks/, prompts/ or steward.toml: \(listed.joined(separator: "; "))\(more); hooks run here unsandboxed, so main here stays at \(here.short)\(named); read them (git show ID), then run 'steward sync --accept-rules \(tip.short)'"
    }

    static func commits(_ n: Int) -> String { n == 1 ? "1 commit" : "\(n) commits" }

    /// Spec 22.6: a decision (approve, reject, rollback) waits while `main` here cannot take
    /// the remote's as the last fetch or push left it (uncommitted edits in the way, the two
    /// diverged, rules waiting for `--accept-rules`, a merge made outside whose record did not
    /// reach the remote): it would be made on an old `main` (its push could only lose its
    /// lease), and what the remote's `main` brings may decide N already. The catch-up runs
    /// first (what blocked it may be gone); still blocked, the step refuses with the catch-up's
    /// sentence, which names why and the fix. Nothing changes. With no remote, or `main` here
    /// level with or ahead of the remote's, nothing is done.
    /// - Throws: `StewardError.conflict`.
    func refuseWhileMainBlocked(_ step: RemoteStep) throws {
        let what: String
        switch step {
        case .decision(let n, let verb): what = "\(verb) #\(n)"
        case .rollback(let n, let part): what = "rolling back \(part.map { "part \($0) of " } ?? "")#\(n)"
        case .change, .expiry, .proposal: return
        }
        guard let remote = try publishTarget()?.remote else { return }
        let r = try repo
        guard let there = try r.reference(Refs.tracking(Refs.main, remote: remote.name)), try !r.isAncestor(there, of: mainTip()) else { return }
        guard let why = try catchUp(remote: remote.name).mainProblem else { return }
        throw StewardError.conflict(
            "\(what) needs main here to take \(remote.name)'s first (a decision is made on the newest main): \(why); nothing changed")
    }
}
