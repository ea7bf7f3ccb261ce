import Foundation
import StewardCore
import StewardGit

/// What `steward sync` did (spec 22.6): the refs taken from the remote, those pushed to it,
/// and what the catch-up kept local and why.
public struct SyncReport: Codable, Sendable, Hashable {
    /// One ref changed here (taken) or on the remote (pushed): `old` nil = created, `new` nil
    /// = deleted.
    public struct Change: Codable, Sendable, Hashable {
        public var ref: String
        public var old: String?
        public var new: String?

        public init(ref: String, old: String?, new: String?) {
            self.ref = ref
            self.old = old
            self.new = new
        }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(ref, forKey: .ref)
            try c.encode(old, forKey: .old)
            try c.encode(new, forKey: .new)
        }
    }

    /// A proposal merged outside Steward: its number, the merge, who made it, and what the
    /// path policy or a pre-merge hook said against it (nil: nothing).
    public struct MergedOutside: Codable, Sendable, Hashable {
        public var number: Int
        public var commit: String
        public var actor: String
        public var refusal: String?
    }

    /// The remote's name and its URL as shown (a password replaced by `***`).
    public var remote: String
    public var url: String
    /// This machine's id (spec 22.1), made by this sync when there was none.
    public var machineID: String
    /// Local refs the catch-up created, moved or deleted to match the remote.
    public var taken: [Change] = []
    /// Refs this sync created, moved or deleted on the remote (what only this machine had).
    public var pushed: [Change] = []
    /// Pending proposals found merged on the remote outside Steward (spec 22.7), recorded
    /// here as approved by the merge's author and pushed.
    public var mergedOutside: [MergedOutside] = []
    /// What the catch-up refused or could not do; each names the ref, the ids and the fix.
    public var problems: [String] = []
    /// Offline proposals this sync numbered, oldest first (spec 22.4): `o2` is now #17.
    public var numbered: [Renumbered] = []
    /// Comments on numbered proposals kept here while the remote did not answer, which this
    /// sync published, oldest first (spec 22.4): each now comment `id` of `proposal`.
    public var commentsPublished: [PublishedComment] = []
    /// `main` here after the sync.
    public var main: String
    /// Whether anything changed here or on the remote.
    public var changed: Bool
    public var date: Date
    /// With `--new-machine-id` (spec 22.5): the id this machine had (left out when it had
    /// none), and how many events of its old chain the remote did not hold were re-made on the
    /// new one (left out without `--new-machine-id`).
    public var previousMachineID: String?
    public var eventsMoved: Int?

    public init(remote: String, url: String, machineID: String, main: String, date: Date) {
        self.remote = remote
        self.url = url
        self.machineID = machineID
        self.main = main
        self.changed = false
        self.date = date
    }
}

/// The last good sync, kept in `.steward/sync.json` (this machine's, never committed).
public struct LastSync: Codable, Sendable, Hashable {
    public var date: Date
    public var remote: String
    public var url: String
    /// `main` here right after that sync.
    public var main: String
}

extension Workspace {
    /// How many rounds of fetch, catch-up and push one sync makes when another machine pushes
    /// in between (a lost lease) before it gives up (spec 22.4: at most 10).
    static let syncRounds = 10

    nonisolated var syncStatePath: String { stateDir + "/sync.json" }

    /// `steward sync` (spec 22.6): gives this machine an id when it has none, fetches the
    /// remote into `refs/steward-sync/R/`, catches up (the remote's refs judged one by one,
    /// `main` fast-forwarded with the checkout), then pushes what only this machine has in one
    /// atomic push with a lease on every ref. A lost lease (another machine pushed meanwhile)
    /// means fetch and catch up again, at most `syncRounds` times. A second sync changes nothing.
    /// `progress` gets a line before each long step (fetch, push).
    /// - Throws: `StewardError.usage` when there is no remote; `StewardError.failure` when the
    ///   remote cannot be reached (nothing changed); `StewardError.conflict` when it kept moving.
    public func sync(acceptRules: String? = nil, progress: @Sendable (String) -> Void = { _ in }) async throws -> SyncReport {
        let remote = try requireRemote()
        try ensureStateExcluded()
        let id = try makeMachineID()
        var report = SyncReport(remote: remote.name, url: remote.shownURL, machineID: id, main: "", date: Date())
        var round = 0
        while true {
            round += 1
            let caught: CatchUpReport
            do {
                caught = try fetchAndCatchUp(remote, acceptRules: acceptRules, progress: progress)
            } catch let failure as RemoteFailure {
                throw forPeople(failure, remote: remote)
            }
            report.taken += caught.taken.map { SyncReport.Change(ref: $0.ref, old: $0.old?.hex, new: $0.new?.hex) }
            report.mergedOutside += caught.mergedOutside.map {
                SyncReport.MergedOutside(number: $0.number, commit: $0.commit.hex, actor: $0.actor, refusal: $0.refusal)
            }
            report.problems = caught.problems
            if caught.recordRaced && round < Self.syncRounds {
                progress("\(remote.name) moved while a merge made outside Steward was being recorded; fetching again…")
                continue
            }
            guard !caught.onlyLocal.isEmpty else { break }
            // In bounded batches, each one atomic push with its leases (`pushBatches`): a lost
            // lease in any starts the next round, which pushes what is still only here.
            let lost = try pushBatches(caught.onlyLocal, to: remote, mayRetry: round < Self.syncRounds, report: &report, progress: progress)
            guard let lost else { break }
            progress("\(remote.name) moved meanwhile (\(lost.joined(separator: ", "))); fetching again…")
        }
        report.numbered = try await numberOfflineProposals()
        report.commentsPublished = try publishUnsyncedComments()
        report.changed = !report.taken.isEmpty || !report.pushed.isEmpty || !report.numbered.isEmpty || !report.commentsPublished.isEmpty
        report.main = try mainTip().hex
        try writeLastSync(LastSync(date: report.date, remote: remote.name, url: remote.shownURL, main: report.main))
        return report
    }

    /// One round of sync without its push (spec 22.6): fetches `remote` into its tracking refs,
    /// lets libgit2 see the objects, then catches up.
    /// - Throws: `RemoteFailure` when the fetch did not happen (nothing changed); what
    ///   `catchUp` throws.
    func fetchAndCatchUp(_ remote: RemoteEndpoint, acceptRules: String?, progress: (String) -> Void) throws -> CatchUpReport {
        progress("Fetching from \(remote.name) (\(remote.shownURL))…")
        try GitTransport.fetch(remote, in: root)
        try repo.refreshObjects()
        return try catchUp(remote: remote.name, acceptRules: acceptRules)
    }

    /// The remote, or a usage error saying how to add one.
    func requireRemote() throws -> RemoteEndpoint {
        guard let remote = try remote() else {
            throw StewardError.usage(
                "this workspace has no remote: add one with 'git -C \(root) remote add origin URL' (or set [remote] url in .steward/config.toml), then run 'steward sync'"
            )
        }
        return remote
    }

    /// A transport failure as people read it: the transport's sentence (which names the
    /// remote and quotes git, escaped), then that nothing changed (pushes are atomic).
    nonisolated func forPeople(_ failure: RemoteFailure, remote: RemoteEndpoint) -> StewardError {
        switch failure {
        case .unreachable(let message):
            return .failure("\(message); nothing changed ('steward status' shows the last good sync)")
        case .leaseLost(let refs, _):
            return .conflict(
                "\(remote.name) kept moving (\(Self.syncRounds) tries; last: \(refs.joined(separator: ", "))); nothing changed; try again")
        case .refused(let refs, let message):
            return .refused("\(remote.name) refused the push of \(refs.joined(separator: ", ")): \(message); nothing changed")
        case .failed(let message):
            return .failure("\(message); nothing changed")
        }
    }

    /// After a push landed: the tracking refs say what the remote now holds, as a fetch would
    /// (so a catch-up does not take them for the remote's moving back). Best effort: a tracking
    /// ref that moved meanwhile is left for the next fetch to set. Holds the fetch lock, as every
    /// writer of tracking refs does, so the next fetch may clear a lock file this leaves when
    /// killed.
    func recordPushed(_ pushes: [RefPush], remote: RemoteEndpoint) throws {
        let r = try repo
        try GitTransport.oneFetchAtATime(in: root) {
            for p in pushes {
                let tracking = Refs.tracking(p.ref, remote: remote.name)
                let now = try r.reference(tracking)
                if let new = p.new {
                    try? r.updateReference(tracking, to: new, expected: now, message: "steward: pushed")
                } else if let now {
                    try? r.deleteReference(tracking, expected: now)
                }
            }
        }
    }

    /// The last good sync, or nil when this machine never synced (or the file is unreadable).
    public nonisolated func lastSync() -> LastSync? {
        guard let data = FileManager.default.contents(atPath: syncStatePath) else { return nil }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try? decoder.decode(LastSync.self, from: data)
    }

    nonisolated func writeLastSync(_ last: LastSync) throws {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys]
        try FileManager.default.createDirectory(atPath: stateDir, withIntermediateDirectories: true)
        try encoder.encode(last).write(to: URL(fileURLWithPath: syncStatePath), options: .atomic)
    }
}
