import Foundation
import StewardCore
import StewardGit

/// What a fetch found.
public struct FetchReport: Sendable, Hashable {
    /// The refs named exactly (no `*`) in the refspecs that the remote does not hold, e.g.
    /// `refs/heads/main` on an empty remote; their tracking refs were deleted.
    public var missing: [String] = []

    public init(missing: [String] = []) { self.missing = missing }
}

extension GitTransport {
    /// Spec 22.3's refspecs for remote R: `main`, the `steward/*` branches and `refs/steward/*`,
    /// forced into `refs/steward-sync/R/…` (never onto local refs).
    public static func defaultRefspecs(_ remote: String) -> [String] {
        ["refs/heads/main", "refs/heads/steward/*", "refs/steward/*"].map { "+\($0):\(Refs.tracking($0, remote: remote))" }
    }

    /// Fetches `refspecs` (spec 22.3's by default) from `remote` into the repository at
    /// `repoPath`: `git fetch --no-tags --prune --no-write-fetch-head --progress`, so the
    /// tracking refs mirror the remote (what it deleted is deleted here too). A ref named exactly
    /// that the remote lacks is no error: it is reported in `missing` and its tracking ref
    /// deleted. `progress` receives git's progress lines.
    ///
    /// The objects arrive through another program: a `GitRepository` opened before must call
    /// `refreshObjects()` before it reads them.
    /// - Throws: `RemoteFailure.unreachable` (no answer, a time-out, no repository there),
    ///   `.failed` (anything else, git's message after Steward's), `StewardError.usage` for a
    ///   URL starting with `-`.
    @discardableResult
    public static func fetch(
        _ remote: RemoteEndpoint, in repoPath: String, refspecs: [String]? = nil, progress: ((String) -> Void)? = nil
    ) throws -> FetchReport {
        // One fetch into a repository at a time: two at once (two steward processes of one
        // machine) fail each other's ref updates ("cannot lock ref …: is at X but expected Y").
        try oneFetchAtATime(in: repoPath) {
            clearLeftTrackingLocks(of: remote.name, in: repoPath)
            return try fetchUnlocked(remote, in: repoPath, refspecs: refspecs, progress: progress)
        }
    }

    /// Removes the lock files of remote R's tracking refs (`refs/steward-sync/R/….lock`) that
    /// a stopped process left, such as a Steward killed while it recorded a push: left there,
    /// every later fetch fails on them ("cannot lock ref …: File exists"). Called holding the
    /// fetch lock, which every writer of tracking refs holds (a fetch, `recordPushed`), so a
    /// tracking ref's lock file that no running process has open is left over.
    static func clearLeftTrackingLocks(of remote: String, in repoPath: String) {
        let folder = gitDir(of: repoPath) + "/" + Refs.trackingPrefix(remote)
        for sub in (try? FileManager.default.subpathsOfDirectory(atPath: folder)) ?? [] where sub.hasSuffix(".lock") {
            let path = folder + sub
            if GitRepository.processesHolding(path, repository: nil).isEmpty { unlink(path) }
        }
    }

    static func fetchUnlocked(
        _ remote: RemoteEndpoint, in repoPath: String, refspecs: [String]?, progress: ((String) -> Void)?
    ) throws -> FetchReport {
        var specs = refspecs ?? defaultRefspecs(remote.name)
        var report = FetchReport()
        var raced = 0
        while true {
            let output = try run(
                "fetch", ["--no-tags", "--prune", "--no-write-fetch-head", "--progress"], remote, tail: specs, in: repoPath, progress: progress)
            // A tracking ref set meanwhile by this machine's other process (after its push):
            // git refused to move it from the value it read; fetch again.
            if output.status != 0, output.stderr.contains("unable to update local ref"), raced < 5 {
                raced += 1
                usleep(UInt32.random(in: 10_000...50_000))
                continue
            }
            // git: "fatal: couldn't find remote ref refs/heads/main", for a ref named exactly.
            if output.status != 0, let missing = missingRef(output.stderr),
                let i = specs.firstIndex(where: { !$0.contains("*") && source(of: $0) == missing })
            {
                report.missing.append(missing)
                let spec = specs.remove(at: i)
                try deleteLocal(destination(of: spec), in: repoPath)
                if specs.isEmpty { return report }
                continue
            }
            guard output.status == 0 else { throw failure("fetch", remote, output) }
            return report
        }
    }

    /// The remote's values of `refs` (full names, or ending in `/*` for every ref under that
    /// folder), without fetching anything: `git ls-remote`, with the same time-outs. A ref the
    /// remote lacks is absent from the result.
    /// - Throws: as `fetch`.
    public static func remoteRefs(_ refs: [String], of remote: RemoteEndpoint, in repoPath: String) throws -> [String: ObjectID] {
        guard !refs.isEmpty else { return [:] }
        let output = try run("ls-remote", [], remote, tail: refs, in: repoPath)
        guard output.status == 0 else { throw failure("ls-remote", remote, output) }
        var values: [String: ObjectID] = [:]
        for line in output.stdout.split(separator: "\n") {
            let fields = line.split(separator: "\t", maxSplits: 1)
            guard fields.count == 2, let id = ObjectID(hex: String(fields[0])) else { continue }
            let name = String(fields[1])
            // ls-remote matches patterns against the names' tails; keep exact matches only.
            if refs.contains(where: { $0 == name || ($0.hasSuffix("/*") && name.hasPrefix($0.dropLast())) }) { values[name] = id }
        }
        return values
    }

    /// The file in the git folder whose `flock` lets one fetch (or other writer of tracking
    /// refs) run at a time. It stays (a `flock` is released when its process ends), so `doctor`
    /// never takes it for a lock git left.
    static let fetchLock = "steward-fetch.lock"

    /// The repository's git folder: `.git/`, or the folder itself when it is bare.
    static func gitDir(of repoPath: String) -> String {
        var isFolder: ObjCBool = false
        let dotGit = repoPath + "/.git"
        return FileManager.default.fileExists(atPath: dotGit, isDirectory: &isFolder) && isFolder.boolValue ? dotGit : repoPath
    }

    /// Runs `body` holding an exclusive `flock` on `fetchLock` in the repository's git
    /// folder, waiting for another process's. Not re-entrant: `body` must not call it again.
    static func oneFetchAtATime<T>(in repoPath: String, _ body: () throws -> T) throws -> T {
        let path = gitDir(of: repoPath) + "/" + fetchLock
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw StewardError.failure("cannot open \(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 {
            if errno != EINTR { throw StewardError.failure("cannot lock \(path): \(String(cString: strerror(errno)))") }
        }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }

    static func missingRef(_ stderr: String) -> String? {
        let marker = "couldn't find remote ref "
        guard let r = stderr.range(of: marker) else { return nil }
        return stderr[r.upperBound...].prefix(while: { !$0.isNewline && $0 != "\r" }).trimmingCharacters(in: .whitespaces)
    }

    static func source(of spec: String) -> String {
        let s = spec.hasPrefix("+") ? spec.dropFirst() : Substring(spec)
        return String(s.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
    }

    static func destination(of spec: String) -> String {
        let parts = spec.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        return parts.count == 2 ? String(parts[1]) : ""
    }

    /// Deletes a local (tracking) ref, when it exists, with `git update-ref -d`.
    static func deleteLocal(_ ref: String, in repoPath: String) throws {
        guard ref.hasPrefix("refs/") else { return }
        let r = try ProcessRunner.run(
            try gitExecutable(), arguments: ["update-ref", "-d", "--end-of-options", ref], stdin: Data(), environment: environment(),
            directory: repoPath, timeout: 60)
        guard r.status == 0 else {
            throw RemoteFailure.failed("could not delete \(ref) here: \(gitMessage(String(decoding: r.stderr, as: UTF8.self)))")
        }
    }
}
