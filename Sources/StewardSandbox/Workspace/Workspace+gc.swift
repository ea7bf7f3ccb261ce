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
    /// Loose objects kept because no ref reaches them (never removed by Steward).
    public var keptLoose: Int
    /// Older packs removed: the new pack holds every object in them, or those it lacks were
    /// written out loose first (counted in `keptLoose`).
    public var removedPacks: Int
    /// The workspace's size before and after (`Workspace.size()`).
    public var before: WorkspaceSize
    public var after: WorkspaceSize
    /// The archives expired first (`--expire-archives`), or listed with `--dry-run`.
    public var expired: [ExpiredArchive] = []
}

extension Workspace {
    /// Packs the repository (`GitRepository.pack`): one pack of everything reachable from any
    /// ref (main, proposals, archives of rejected proposals, the audit trail, the decision and
    /// superseded refs) and HEAD; the loose objects and older packs it holds removed; refs
    /// packed. With `expireDays`, the archives of proposals rejected more than that many days
    /// before `now` are expired first (`expireArchives`), by `person`; with `dryRun` they are
    /// only listed and nothing is written or packed. Runs under the main lock, with
    /// proposals kept out, as doctor does. With a remote, each expiry is one push (spec 22.4):
    /// after a lost lease the remote's refs are taken outside the lock and gc runs again
    /// (the archives already expired stay in the result).
    public func gc(expireDays: Int? = nil, dryRun: Bool = false, by person: String = "unknown", now: Date = Date()) throws -> GcResult {
        var expired: [ExpiredArchive] = []
        var measured: WorkspaceSize?
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
                let p = try r.pack()
                if !p.packed, r.lockFile(for: "packed-refs") == nil { try r.packRefs() }
                return GcResult(
                    packed: p.packed, packedObjects: p.packedObjects, removedLoose: p.removedLoose, keptLoose: p.keptLoose,
                    removedPacks: p.removedPacks, before: before, after: size(), expired: expired)
            }
        }
    }
}
