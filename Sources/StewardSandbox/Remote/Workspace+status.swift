import Foundation
import StewardCore
import StewardGit

/// `steward status` (spec 22.6): where this machine stands against its remote, from what the
/// last fetch saw (`refs/steward-sync/R/`); nothing is fetched.
public struct SyncStatus: Codable, Sendable, Hashable {
    /// The remote's name and URL as shown; nil without a remote (one machine).
    public var remote: String?
    public var url: String?
    /// This machine's id; nil before its first sync or clone.
    public var machineID: String?
    /// `main` here, and on the remote as the last fetch saw it (nil: never fetched, or the
    /// remote has no `main` yet).
    public var main: String
    public var remoteMain: String?
    /// Commits of `main` here that the remote's lacks, and the other way round.
    public var ahead: Int
    public var behind: Int
    /// The last good sync (`.steward/sync.json`); nil when this machine never synced.
    public var lastSync: Date?
    /// Proposals made while the remote did not answer, waiting for a number (spec 22.4),
    /// oldest first, as `review` lists them (`offline` `oJ`, `number` 0).
    public var offlineProposals: [ProposalInfo]
    /// Comments on numbered proposals kept here while the remote did not answer, waiting for
    /// `steward sync` to publish them (spec 22.4).
    public var unsyncedComments: Int
}

extension Workspace {
    /// Where this machine stands (spec 22.6): the remote, `main` ahead of and behind the
    /// remote's as last fetched, the last good sync, offline proposals, this machine's id.
    /// - Throws: `StewardError.failure` for a malformed machine id or `[remote]` setting.
    public func status() throws -> SyncStatus {
        let r = try repo
        let tip = try mainTip()
        let remote = try remote()
        var remoteMain: ObjectID?
        if let remote { remoteMain = try r.reference(Refs.tracking(Refs.main, remote: remote.name)) }
        var counts = (ahead: 0, behind: 0)
        if let remoteMain { counts = try r.aheadBehind(tip, remoteMain) }
        return SyncStatus(
            remote: remote?.name, url: remote?.shownURL, machineID: try machineID(), main: tip.hex, remoteMain: remoteMain?.hex,
            ahead: counts.ahead, behind: counts.behind, lastSync: remote == nil ? nil : lastSync()?.date,
            offlineProposals: try offlineProposals(), unsyncedComments: try unsyncedCommentCounts().values.reduce(0, +))
    }
}
