import Foundation
import StewardCore
import StewardGit

/// What `steward gc` did with the objects no ref reaches (spec 5.10a).
struct UnreachableObjects {
    /// Deleted: older than the grace period and reached by nothing younger.
    var pruned = 0
    /// Kept loose (git older than 2.37, or no git: then nothing is pruned either).
    var keptLoose = 0
    /// Kept in the cruft pack, or in a pack of what a reflog or the index reaches.
    var keptPacked = 0
    /// Packs removed, other than the one of everything reachable.
    var removedPacks = 0
}

extension Workspace {
    /// Whether the git on the PATH writes cruft packs (`git repack --cruft`, git 2.37 or later).
    func gitWritesCruftPacks() -> Bool {
        guard let r = try? gitForPrune(["version"]), r.status == 0 else { return false }
        // "git version 2.39.5"
        let words = String(decoding: r.stdout, as: UTF8.self).split(separator: " ")
        let parts = (words.count >= 3 ? words[2] : "").split(separator: ".").prefix(2).compactMap { Int($0) }
        return parts.count == 2 && (parts[0], parts[1]) >= (2, 37)
    }

    /// Keeps the objects no ref or HEAD reaches in one cruft pack, as `git gc --cruft` does,
    /// instead of loose (a 4 KiB block each on ext4): after `pack(leavingOlderPacks: true)`
    /// wrote `reachable` (the pack of everything a ref or HEAD reaches), runs `git repack -a -d
    /// --cruft --cruft-expiration=CUTOFF --keep-pack=REACHABLE`: what a reflog or the index
    /// reaches goes into a pack of its own, and the rest into one cruft pack, with each
    /// object's time (its loose file's, or its older pack's, or the one a cruft pack kept for
    /// it), except those older than the grace period that nothing younger reaches; the older
    /// packs and the loose objects now packed are removed. Then `git prune --expire=CUTOFF`
    /// deletes what is left loose (unreachable, old), as `git gc` runs it after a cruft repack.
    /// A cruft pack libgit2 touched is made an ordinary one first (`thawTouchedCruftPacks`),
    /// so that an object a writer found there counts as young. With `.never` no time is given
    /// and nothing is deleted. Callers hold the main lock with proposals kept out (`gc`).
    /// - Throws: `StewardError.failure` when git fails (nothing a ref reaches is touched).
    func packUnreachable(_ expiry: PruneExpiry, reachable: String?) throws -> UnreachableObjects {
        let r = try repo
        _ = r.thawTouchedCruftPacks()
        let outside = r.objectsOutside(pack: reachable)
        if outside.isEmpty { return UnreachableObjects() }
        let cutoff: Int64? =
            switch expiry {
            case .never: nil
            case .now: Int64(Date().timeIntervalSince1970.rounded(.up))
            case .olderThan(let seconds, _): Int64((Date().timeIntervalSince1970 - seconds).rounded(.down))
            }
        // Nothing new outside the cruft pack, and nothing in it old enough to go: a second gc
        // changes nothing.
        if outside.isSubset(of: r.cruftObjects()), cutoff.map({ Double($0) < r.oldestCruftTime() ?? 0 }) ?? true {
            return UnreachableObjects(keptPacked: outside.count)
        }
        let packsBefore = Set(r.packNames()).subtracting([reachable].compactMap { $0 })
        // -n: no `git update-server-info` (`info/refs` listing every ref, for dumb HTTP only);
        // -l: objects borrowed from alternates stay there, as `git gc` runs it.
        var args = ["repack", "-a", "-d", "-l", "-n", "-q", "--cruft", "--no-write-bitmap-index"]
        if let reachable { args.append("--keep-pack=\(reachable).pack") }
        if case .now = expiry {
            args.append("--cruft-expiration=now")
        } else if let cutoff {
            args.append("--cruft-expiration=\(cutoff)")
        }
        let result = try gitForPrune(args)
        r.refreshObjectDatabase()
        guard result.status == 0 else { throw Self.pruneFailure("git repack --cruft", result) }
        var out = UnreachableObjects()
        if !r.looseObjectIDs().isDisjoint(with: outside) { _ = try pruneUnreachable(expiry) }
        let kept = outside.intersection(r.storedObjects())
        out.keptLoose = kept.intersection(r.looseObjectIDs()).count
        out.keptPacked = kept.count - out.keptLoose
        out.pruned = outside.count - kept.count
        out.removedPacks = packsBefore.subtracting(r.packNames()).count
        return out
    }
}
