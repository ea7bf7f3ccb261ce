import Foundation

/// A `.lock` file git (or libgit2) left in the repository: `index.lock`, `HEAD.lock`,
/// `packed-refs.lock`, `refs/heads/main.lock`, … While one exists, git and Steward refuse to
/// write what it locks. These locks are plain files created with `O_EXCL`, not `flock`s, so a
/// process killed while holding one leaves it behind, and nothing removes it.
///
/// **Staleness.** A lock is judged *stale* (left by a process that stopped) when all hold:
/// - no process on this machine has the file open (every `/proc/PID/fd` we may read is
///   checked; git and libgit2 keep a lock open while they write it);
/// - no `git` process works in this repository (`/proc/PID/comm` is `git` and its current
///   folder is inside it): git closes `index.lock` while it waits for an editor or runs a
///   commit hook, but keeps running meanwhile;
/// - it is at least `minimumStaleAge` seconds old, which covers the moment between git
///   closing a lock and renaming it into place.
/// Processes of other users are invisible to a user who is not root; they are not counted.
public struct GitLockFile: Sendable, Hashable {
    /// Seconds a lock must have existed before it may be judged stale.
    public static let minimumStaleAge: Double = 2

    /// Absolute path.
    public let path: String
    /// Path inside the git folder (`index.lock`, `refs/heads/main.lock`).
    public let name: String
    /// Seconds since it was last modified.
    public let age: Double
    /// Running processes that hold it ("pid 123 (git)").
    public let holders: [String]

    /// No running process holds it and it is old enough (see the type's rule).
    public var isStale: Bool { holders.isEmpty && age >= Self.minimumStaleAge }

    /// How a person knows the file: `.git/index.lock` for the usual layout.
    public var shownName: String { ".git/" + name }
}

extension GitRepository {
    /// Every `*.lock` file directly in the git folder (`index.lock`, `HEAD.lock`,
    /// `packed-refs.lock`, `config.lock`, …) and anywhere under `refs/`, by name.
    public func lockFiles() -> [GitLockFile] {
        let dir = gitdir
        var names: [String] = []
        let fm = FileManager.default
        for name in (try? fm.contentsOfDirectory(atPath: dir)) ?? [] where name.hasSuffix(".lock") {
            names.append(name)
        }
        for sub in (try? fm.subpathsOfDirectory(atPath: dir + "refs")) ?? [] where sub.hasSuffix(".lock") {
            names.append("refs/" + sub)
        }
        return names.sorted().compactMap { lockFile(named: $0) }
    }

    /// The lock file git uses for ref `name` (`refs/heads/main` → `refs/heads/main.lock`),
    /// or for a file of the git folder (`index`, `packed-refs`), if it exists.
    public func lockFile(for name: String) -> GitLockFile? { lockFile(named: name + ".lock") }

    func lockFile(named name: String) -> GitLockFile? {
        let path = gitdir + name
        var st = stat()
        guard lstat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
        let age = Date().timeIntervalSince1970 - (Double(st.st_mtim.tv_sec) + Double(st.st_mtim.tv_nsec) / 1e9)
        return GitLockFile(path: path, name: name, age: max(0, age), holders: Self.processesHolding(path, repository: workdir ?? gitdir))
    }

    /// Removes a lock file judged stale a moment ago, after judging it again.
    /// - Returns: false (and leaves it) when it is gone or no longer judged stale.
    public func removeStaleLock(_ lock: GitLockFile) -> Bool {
        guard let now = lockFile(named: lock.name), now.isStale else { return false }
        return unlink(now.path) == 0
    }

    /// Running processes that have `path` open, or that are `git` working in `repository`
    /// (their current folder inside it; no such check when it is nil), as "pid N (NAME)". This
    /// process counts too.
    public static func processesHolding(_ path: String, repository: String?) -> [String] {
        let target =
            realpath(path, nil).map { p in
                defer { free(p) }
                return String(cString: p)
            } ?? path
        var repo = repository.map { given in
            realpath(given, nil).map { p in
                defer { free(p) }
                return String(cString: p)
            } ?? given
        }
        if repo?.hasSuffix("/") == true { repo?.removeLast() }
        var holders: [String] = []
        for pid in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] where Int32(pid) != nil {
            let comm = ((try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8)) ?? "?").trimmingCharacters(in: .whitespacesAndNewlines)
            var holds = false
            for fd in (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/fd")) ?? []
            where readLink("/proc/\(pid)/fd/\(fd)") == target {
                holds = true
                break
            }
            if !holds, let repo, comm == "git" || comm.hasPrefix("git-"), let cwd = readLink("/proc/\(pid)/cwd"),
                cwd == repo || cwd.hasPrefix(repo + "/")
            {
                holds = true
            }
            if holds { holders.append("pid \(pid) (\(comm))") }
        }
        return holders
    }

    static func readLink(_ path: String) -> String? {
        var buf = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink(path, &buf, buf.count - 1)
        guard n > 0 else { return nil }
        return String(decoding: buf[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
