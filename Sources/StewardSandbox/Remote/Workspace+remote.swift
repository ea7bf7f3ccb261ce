import Foundation
import StewardCore
import StewardGit

extension Workspace {
    /// The remote this machine syncs with (spec 22.1), or nil for one machine alone.
    ///
    /// `[remote]` in `.steward/config.toml` names the remote (`origin` without it) and may
    /// give its URL; otherwise the URL is the named remote's in `.git/config`. No `[remote]`
    /// section and no `origin` remote: nil, and nothing of spec 22 applies.
    /// - Throws: `StewardError.failure` for a broken `.steward/config.toml`; when `[remote]`
    ///   exists but names a remote `.git/config` does not have and gives no `url` (naming the
    ///   fix); and for a URL in `.git/config` that git must not be given (a leading `-`, `ext::`).
    public func remote() throws -> RemoteEndpoint? {
        let section = try machineConfig().remote
        let name = section?.name ?? "origin"
        let configured: String?
        do {
            configured = try repo.configString("remote.\(name).url")
        } catch let e as GitError {
            throw StewardError.failure(
                "cannot read .git/config in \(Escape.inline(root)): \(Escape.inline(e.message)); fix it with git (git config --list)")
        }
        let url: String
        if let given = section?.url {
            url = given
        } else if let configured {
            if let why = MachineConfig.remoteURLProblem(configured) {
                throw StewardError.failure(
                    "remote '\(Escape.inline(name))' in .git/config has the URL \"\(Escape.inline(configured))\", which \(why); set another with 'git remote set-url \(Escape.inline(name)) URL'"
                )
            }
            url = configured
        } else if section != nil {
            throw StewardError.failure(
                "\(Escape.inline(stateDir))/config.toml: [remote] names the git remote '\(Escape.inline(name))', which this workspace does not have; add it with 'git remote add \(Escape.inline(name)) URL' in \(Escape.inline(root)), or set url in [remote] (or remove [remote] to work on this machine alone)"
            )
        } else {
            return nil
        }
        var endpoint = RemoteEndpoint(name: name, url: url)
        if let section {
            endpoint.connectTimeoutSeconds = section.connectTimeoutSeconds
            endpoint.idleTimeoutSeconds = section.idleTimeoutSeconds
            endpoint.quickTimeoutSeconds = section.quickTimeoutSeconds
            endpoint.graceMinutes = section.graceMinutes
        }
        return endpoint
    }

    /// The line `.git/info/exclude` holds so that git never takes this machine's state
    /// (`.steward/`: the database, locks, tokens, `config.toml`, the machine id).
    static let stateExcludeLine = "/.steward/"

    /// Whether `.git/info/exclude` leaves `.steward/` out (a line `/.steward/`, `.steward/`,
    /// `/.steward` or `.steward`).
    public func isStateExcluded() throws -> Bool {
        Self.excludes(FileManager.default.contents(atPath: try repo.gitdir + "info/exclude") ?? Data())
    }

    static func excludes(_ data: Data) -> Bool {
        String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).contains { line in
            ["/.steward/", ".steward/", "/.steward", ".steward"].contains(line.trimmingCharacters(in: .whitespaces))
        }
    }

    /// Adds `/.steward/` to `.git/info/exclude` unless it is there (spec 22.8), creating
    /// `.git/info/` and the file when missing and keeping every byte already in it, so that
    /// `git add -A && git push` can never publish a token or this machine's settings.
    /// `init` calls it; `doctor` does when the line went missing; `clone` should.
    /// - Returns: whether the line was added.
    /// - Throws: `StewardError.failure` when the file cannot be written.
    @discardableResult
    public func ensureStateExcluded() throws -> Bool {
        let info = try repo.gitdir + "info"
        let path = info + "/exclude"
        let old = FileManager.default.contents(atPath: path) ?? Data()
        if Self.excludes(old) { return false }
        var text = old
        if let last = old.last, last != UInt8(ascii: "\n") { text.append(UInt8(ascii: "\n")) }
        text.append(Data("# Steward's local state: database, locks, token. Never committed.\n\(Self.stateExcludeLine)\n".utf8))
        do {
            try FileManager.default.createDirectory(atPath: info, withIntermediateDirectories: true)
            try text.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw StewardError.failure("cannot add \(Self.stateExcludeLine) to \(Escape.inline(path)): \(error.localizedDescription)")
        }
        return true
    }
}

extension Workspace {
    /// Spec 22.5: this machine's own chain on the remote, as last fetched, is neither what this
    /// machine wrote, nor behind it (events not pushed yet), nor ahead of it (its own step that
    /// reached the remote before a kill, which the catch-up takes): another clone writes with
    /// this machine's id (a copied `.steward/`). Nil when not, or with no remote or id.
    /// - Returns: the sentence to refuse with; it names the ref, both ids and the fix.
    func trailTakenElsewhere() throws -> String? {
        guard let id = try machineID(), let remote = try publishTarget()?.remote else { return nil }
        let ref = Refs.trail(id)
        let r = try repo
        guard let here = try r.reference(ref), let there = try r.reference(Refs.tracking(ref, remote: remote.name)), here != there,
            try !r.isAncestor(here, of: there), try !r.isAncestor(there, of: here)
        else { return nil }
        return
            "another clone writes this machine's trail (\(ref): here \(here.short), on \(remote.name) \(there.short)); nothing changed; give this one a new id with 'steward sync --new-machine-id'"
    }

    /// Refuses (exit 4) to write an event while another clone writes this machine's trail
    /// (`trailTakenElsewhere`): whatever this machine appended would never reach the remote.
    func refuseIfTrailTakenElsewhere() throws {
        if let taken = try trailTakenElsewhere() { throw StewardError.conflict(taken) }
    }
}

/// What `steward sync --new-machine-id` did (spec 22.5).
public struct MachineRenewal: Sendable, Hashable {
    /// The id this machine had (nil: none yet) and the one it has now.
    public var old: String?
    public var new: String
    /// Events of the old chain the remote did not hold, re-made on the new chain, oldest first.
    public var moved: Int
}

extension Workspace {
    /// `steward sync --new-machine-id` (spec 22.5): gives this clone a new id, so that its events
    /// go to a chain of its own (`refs/steward/trail/NEW`) when another clone writes with its
    /// old one. What the remote holds of the old chain stays as it is, read like any other
    /// machine's; the old chain's events the remote does not hold (after the last event both
    /// share) are re-made, oldest first and otherwise unchanged, on the new chain, for the
    /// `sync` that follows to push, and the old chain here becomes the remote's (or goes, when
    /// the remote never had it). The store is brought to match. Fetches first, to know what
    /// the remote holds; under the `main` lock.
    /// - Throws: `StewardError.usage` without a remote; `.conflict` when it does not answer
    ///   (nothing changed).
    public func renewMachineID(progress: @Sendable (String) -> Void = { _ in }) throws -> MachineRenewal {
        let remote = try requireRemote()
        progress("Fetching from \(remote.name) (\(remote.shownURL))…")
        do {
            try GitTransport.fetch(remote, in: root)
        } catch RemoteFailure.unreachable(let message) {
            throw StewardError.conflict(
                "\(message); a new machine id needs it, to tell which of this machine's events it holds; nothing changed; try again when it answers"
            )
        }
        try repo.refreshObjects()
        return try withMainLock(for: "giving this machine a new id") {
            let r = try repo
            let old = try machineID()
            var new = Self.randomMachineID()
            while new == old { new = Self.randomMachineID() }
            var unpushed: [AuditEvent] = []
            var oldChain: (ref: String, here: ObjectID, there: ObjectID?)?
            if let old, let here = try r.reference(Refs.trail(old)) {
                let ref = Refs.trail(old)
                let there = try r.reference(Refs.tracking(ref, remote: remote.name))
                let shared = try there.flatMap { try r.mergeBase(here, $0) }
                let after = try shared.map { try recordSequence(at: $0, prefix: "audit") } ?? 0
                unpushed = try chainRecords(ref, from: here, after: after).records.map(\.event)
                if !unpushed.isEmpty { oldChain = (ref, here, there) }
            }
            try writeMachineID(new)
            for event in unpushed {
                try appendAudit { seq in
                    var e = event
                    e.sequence = seq
                    return e
                }
            }
            if let (ref, here, there) = oldChain {
                if let there {
                    try r.updateReference(ref, to: there, expected: here, message: "steward: \(ref) is another clone's now")
                } else {
                    try r.deleteReference(ref, expected: here)
                }
                try reindex(chain: ref)
            }
            return MachineRenewal(old: old, new: new, moved: unpushed.count)
        }
    }

    /// Replaces `.steward/machine-id` whole (write, then rename).
    nonisolated func writeMachineID(_ id: String) throws {
        let temporary = machineIDPath + ".new"
        do {
            try FileManager.default.createDirectory(atPath: stateDir, withIntermediateDirectories: true)
            guard FileManager.default.createFile(atPath: temporary, contents: Data((id + "\n").utf8), attributes: [.posixPermissions: 0o600])
            else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            guard rename(temporary, machineIDPath) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        } catch {
            throw StewardError.failure("cannot write \(machineIDPath): \(error.localizedDescription)")
        }
    }

    /// The store's events of chain `ref` replaced by git's (a chain this machine gave up, whose
    /// events it re-made elsewhere); every other chain kept as `syncIndex` keeps it.
    func reindex(chain ref: String) throws {
        guard let index else { return }
        let kept = try expectedIndex(index, chains: try auditChains()).records.filter { $0.chain != ref }
        try index.reset()
        try index.ingest(kept + (try auditChain(ref)))
    }
}
