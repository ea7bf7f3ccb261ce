import Foundation
import StewardCore
import StewardGit

/// What `steward gc` did (`--json` prints it as it is).
public struct GcResult: Sendable, Hashable, Codable {
    /// False when the repository was already packed: nothing was written or removed.
    public var packed: Bool
    /// Objects in the new pack (every object a ref or HEAD reaches); 0 when nothing was packed.
    public var packedObjects: Int
    /// Loose objects removed because the new pack holds them.
    public var removedLoose: Int
    /// Loose objects kept that no ref reaches: younger than the grace period, or reached by a
    /// reflog or the index (what the prune left); 0 once git keeps them in a cruft pack.
    public var keptLoose: Int
    /// Older packs removed: the new pack holds every object in them, or those it lacks were
    /// written out loose first (counted in `keptLoose`).
    public var removedPacks: Int
    /// The workspace's size before and after (`Workspace.size()`).
    public var before: WorkspaceSize
    public var after: WorkspaceSize
    /// The archives expired first (`--expire-archives`), or listed with `--dry-run`.
    public var expired: [ExpiredArchive] = []
    /// Unreachable objects deleted because they were older than `prune` (`git repack --cruft`
    /// and `git prune`).
    public var pruned = 0
    /// Objects no ref reaches kept packed: in the cruft pack (younger than `prune`, or reached
    /// by a younger object), or in a pack of what a reflog or the index reaches (git 2.37 or
    /// later; else they are kept loose, `keptLoose`).
    public var keptPacked = 0
    /// The grace period the prune used: `never`, `now` or a time ago such as `2.weeks.ago`.
    public var prune = "never"
}

extension Workspace {
    /// Packs the repository (`GitRepository.pack`): one pack of everything reachable from any
    /// ref (main, proposals, archives of rejected proposals, the audit trail, the decision and
    /// superseded refs) and HEAD; the loose objects and older packs it holds removed; refs
    /// packed. With `expireDays`, the archives of proposals rejected more than that many days
    /// before `now` are expired first (`expireArchives`), by `person`; with `dryRun` they are
    /// only listed and nothing is written, packed or pruned. Then the loose objects nothing
    /// reaches and older than `prune` by the real clock, not `now`, are deleted
    /// (`pruneUnreachable`; nil: git's `gc.pruneExpire`, else two weeks). Runs under the main lock, with
    /// proposals kept out, as doctor does. With a remote, each expiry is one push (spec 22.4):
    /// after a lost lease the remote's refs are taken outside the lock and gc runs again
    /// (the archives already expired stay in the result).
    public func gc(
        expireDays: Int? = nil, dryRun: Bool = false, prune: PruneExpiry? = nil, by person: String = "unknown", now: Date = Date()
    ) throws -> GcResult {
        var expired: [ExpiredArchive] = []
        var measured: WorkspaceSize?
        // Read before anything changes: a grace period git's configuration gives wrongly, or no
        // git to prune with, is said before any archive expires.
        let expiry = dryRun ? PruneExpiry.never : try prune ?? configuredPruneExpiry()
        return try remoteRounds(.expiry) {
            try withMainLock(excludingProposals: true, for: "packing the repository") {
                let before = measured ?? size()
                measured = before
                if let expireDays { try expireArchives(olderThan: expireDays, now: now, by: person, dryRun: dryRun, into: &expired) }
                expired.sort { $0.number < $1.number }
                if dryRun {
                    return GcResult(
                        packed: false, packedObjects: 0, removedLoose: 0, keptLoose: 0, removedPacks: 0, before: before, after: before,
                        expired: expired)
                }
                let r = try repo
                // The objects no ref reaches: into git's cruft pack when git writes one, else
                // (no git, or git before 2.37) written out loose and pruned from there.
                let cruft = gitWritesCruftPacks()
                let p = try r.pack(leavingOlderPacks: cruft)
                if !p.packed, r.lockFile(for: "packed-refs") == nil { try r.packRefs() }
                var u = UnreachableObjects(keptLoose: p.keptLoose, removedPacks: p.removedPacks)
                if cruft {
                    u = try packUnreachable(expiry, reachable: p.pack)
                } else if p.keptLoose > 0 {
                    // Only loose objects are pruned: with none outside the pack, git prune's walk
                    // of everything reachable is skipped.
                    u.pruned = try pruneUnreachable(expiry)
                    u.keptLoose = max(p.keptLoose - u.pruned, 0)
                }
                return GcResult(
                    packed: p.packed, packedObjects: p.packedObjects, removedLoose: p.removedLoose, keptLoose: u.keptLoose,
                    removedPacks: u.removedPacks, before: before, after: size(), expired: expired, pruned: u.pruned,
                    keptPacked: u.keptPacked, prune: expiry.description)
            }
        }
    }
}
