import CLibgit2
import Foundation

/// A file in the person's checkout whose uncommitted state differs from what `main` holds.
public struct DirtyPath: Sendable, Hashable {
    public let path: String
    /// "modified", "deleted", "added", "staged", or "in the way" (an untracked file or a
    /// symbolic link where the update needs a folder).
    public let state: String
}

extension GitRepository {
    /// Checks the given paths of the checkout against `tree` (the state the checkout should
    /// be in): any working file, index entry or folder on the way that differs from the
    /// tree is uncommitted work an update would clobber, or a symbolic link an update would
    /// follow out of the workspace. Costs O(paths × depth), plus one index read.
    public func dirtyPaths(_ paths: [String], against tree: ObjectID) throws -> [DirtyPath] {
        guard let workdir else { return [] }
        let index = try openIndex()
        defer { git_index_free(index) }
        let changing = Set(paths)
        var dirty: [DirtyPath] = []
        for path in paths {
            // Every folder on the way must be a real folder (or absent), unless it is a
            // tracked file this same update removes.
            var blocked: String?
            var prefix = ""
            for c in path.split(separator: "/").dropLast() {
                prefix += (prefix.isEmpty ? "" : "/") + c
                var st = stat()
                if lstat(workdir + prefix, &st) != 0 { break }
                if (st.st_mode & S_IFMT) == S_IFDIR { continue }
                if changing.contains(prefix), let e = try entry(at: prefix, in: tree), e.mode != .tree { break }
                blocked = prefix
                break
            }
            if let blocked {
                dirty.append(DirtyPath(path: blocked, state: "in the way"))
                continue
            }
            var expected = try entry(at: path, in: tree)
            if let e = expected, e.mode == .tree {
                // A folder becoming a file: fine if the folder holds only tracked files that
                // this same update removes (each is checked as its own path).
                expected = nil
                let inside = ((try? FileManager.default.subpathsOfDirectory(atPath: workdir + path)) ?? []).filter { sub in
                    var st = stat()
                    return lstat(workdir + path + "/" + sub, &st) == 0 && (st.st_mode & S_IFMT) != S_IFDIR
                }
                if inside.contains(where: { !changing.contains(path + "/" + $0) }) {
                    dirty.append(DirtyPath(path: path, state: "in the way"))
                }
                continue
            }
            let indexed = git_index_get_bypath(index, path, 0).map { ObjectID($0.pointee.id) }
            if indexed != expected?.id {
                dirty.append(DirtyPath(path: path, state: "staged"))
                continue
            }
            let full = workdir + path
            var st = stat()
            if lstat(full, &st) != 0 {
                if expected != nil { dirty.append(DirtyPath(path: path, state: "deleted")) }
                continue
            }
            guard let expected else {
                dirty.append(DirtyPath(path: path, state: "added"))
                continue
            }
            switch st.st_mode & S_IFMT {
            case S_IFLNK:
                let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: full)) ?? ""
                let stored = expected.mode == .link ? try readBlob(expected.id) : nil
                if stored != Data(target.utf8) {
                    dirty.append(DirtyPath(path: path, state: "modified"))
                }
            case S_IFREG:
                let same = expected.mode != .link ? try hashFile(full) == expected.id : false
                if !same {
                    dirty.append(DirtyPath(path: path, state: "modified"))
                }
            default:
                dirty.append(DirtyPath(path: path, state: "modified"))
            }
        }
        return dirty
    }

    /// Takes git's lock on the index the way git does (`.git/index.lock`, created with
    /// `O_EXCL` and kept open), so no git command writes the index or the checkout's files
    /// meanwhile. Take it before changing anything the checkout must follow.
    /// - Throws: `GitError` `.locked` when the file exists (another process holds the lock,
    ///   or a stopped one left it: see `GitLockFile`).
    public func lockIndex() throws -> IndexLock {
        let path = gitdir + "index.lock"
        let fd = Foundation.open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            let err = errno
            throw GitError(code: err == EEXIST ? .locked : .other, operation: "lock the index", message: "\(path): \(String(cString: strerror(err)))")
        }
        return IndexLock(path: path, fd: fd)
    }

    /// Brings the given paths of the checkout and the index to `tree`'s version, taking the
    /// index lock for the time it takes (see `checkout(_:from:lock:)`).
    /// - Throws: `GitError` `.locked` when the index lock cannot be taken; nothing changed then.
    public func checkout(_ paths: [String], from tree: ObjectID) throws {
        guard workdir != nil else { return }
        let lock = try lockIndex()
        defer { lock.release() }
        try checkout(paths, from: tree, lock: lock)
    }

    /// Brings the given paths of the checkout and the index to `tree`'s version: removals
    /// first (pruning folders they empty), then files written via a temporary file and
    /// rename. Never follows a symbolic link on the way and never removes an untracked file:
    /// call `dirtyPaths` first; anything unexpected in the way is an error. The caller holds
    /// `lock` (the index lock) throughout: the new index is written to a file of its own and
    /// renamed over `.git/index` while the lock is still held, as git commits a lock file.
    public func checkout(_ paths: [String], from tree: ObjectID, lock: IndexLock) throws {
        guard let workdir else { return }
        precondition(lock.isHeld && lock.path == gitdir + "index.lock", "checkout needs this repository's index lock")
        // A copy of the index, edited and written under its own name: libgit2 would take
        // index.lock itself to write the index in place, and that lock is ours.
        let tmpDir = gitdir + "steward-tmp"
        mkdir(tmpDir, 0o700)
        let staged = tmpDir + "/index.\(getpid()).\(UInt32.random(in: 0...UInt32.max))"
        defer { unlink(staged) }
        if FileManager.default.fileExists(atPath: gitdir + "index") {
            do {
                try FileManager.default.copyItem(atPath: gitdir + "index", toPath: staged)
            } catch {
                throw GitError(code: .other, operation: "copy the index", message: "\(error)")
            }
        }
        var opened: OpaquePointer?
        try check(git_index_open(&opened, staged), "read index")
        let index = opened!
        defer { git_index_free(index) }
        var writes: [(String, TreeEntry)] = []
        for path in paths {
            if let e = try entry(at: path, in: tree), e.mode != .tree, e.mode != .commit {
                writes.append((path, e))
                continue
            }
            unlink(workdir + path)
            let rc = git_index_remove_bypath(index, path)
            if rc != GIT_ENOTFOUND.rawValue { try check(rc, "unstage \(path)") }
            var dir = (path as NSString).deletingLastPathComponent
            while !dir.isEmpty, rmdir(workdir + dir) == 0 {
                dir = (dir as NSString).deletingLastPathComponent
            }
        }
        for (path, e) in writes {
            let full = workdir + path
            // Create the folders on the way one by one, refusing anything that is not a
            // real folder (a symbolic link must never be followed out of the workspace).
            var prefix = ""
            for c in path.split(separator: "/").dropLast() {
                prefix += (prefix.isEmpty ? "" : "/") + c
                var st = stat()
                if lstat(workdir + prefix, &st) == 0 {
                    if (st.st_mode & S_IFMT) != S_IFDIR {
                        throw GitError(
                            code: .conflict, operation: "update \(path) in the checkout", message: "\(prefix) is in the way (not a folder)")
                    }
                } else if mkdir(workdir + prefix, 0o755) != 0 && errno != EEXIST {
                    throw GitError(code: .other, operation: "create folder \(prefix)", message: String(cString: strerror(errno)))
                }
            }
            var st = stat()
            if lstat(full, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR {
                throw GitError(code: .conflict, operation: "update \(path) in the checkout", message: "a folder is in the way")
            }
            let data = try readBlob(e.id)
            // Written inside .git (same filesystem, so rename is atomic) so that a killed
            // process never leaves a half-written file among the person's files.
            let tmpDir = gitdir + "steward-tmp"
            mkdir(tmpDir, 0o700)
            let tmp = tmpDir + "/\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
            if e.mode == .link {
                guard symlink(String(decoding: data, as: UTF8.self), tmp) == 0 else {
                    throw GitError(code: .other, operation: "write \(path)", message: String(cString: strerror(errno)))
                }
            } else {
                let fd = Foundation.open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, e.mode == .executable ? 0o755 : 0o644)
                guard fd >= 0 else { throw GitError(code: .other, operation: "write \(path)", message: String(cString: strerror(errno))) }
                let ok = data.withUnsafeBytes { buf -> Bool in
                    var off = 0
                    while off < buf.count {
                        let n = write(fd, buf.baseAddress! + off, buf.count - off)
                        if n <= 0 { return false }
                        off += n
                    }
                    return true
                }
                close(fd)
                if !ok {
                    unlink(tmp)
                    throw GitError(code: .other, operation: "write \(path)", message: String(cString: strerror(errno)))
                }
            }
            if rename(tmp, full) != 0 {
                unlink(tmp)
                throw GitError(code: .other, operation: "write \(path)", message: String(cString: strerror(errno)))
            }
            try stage(path, at: full, entry: e, in: index)
        }
        try check(git_index_write(index), "write index")
        guard rename(staged, gitdir + "index") == 0 else {
            throw GitError(code: .other, operation: "write index", message: String(cString: strerror(errno)))
        }
    }

    /// Records `path` in `index` as the file just written at `full` (its stat data, so git
    /// sees it unchanged without reading it again) holding `entry`'s object.
    private func stage(_ path: String, at full: String, entry e: TreeEntry, in index: OpaquePointer) throws {
        var st = stat()
        guard lstat(full, &st) == 0 else {
            throw GitError(code: .other, operation: "stage \(path)", message: String(cString: strerror(errno)))
        }
        func time(_ t: timespec) -> git_index_time {
            git_index_time(seconds: Int32(truncatingIfNeeded: t.tv_sec), nanoseconds: UInt32(truncatingIfNeeded: t.tv_nsec))
        }
        var entry = git_index_entry()
        entry.ctime = time(st.st_ctim)
        entry.mtime = time(st.st_mtim)
        entry.dev = UInt32(truncatingIfNeeded: st.st_dev)
        entry.ino = UInt32(truncatingIfNeeded: st.st_ino)
        entry.mode = e.mode.rawValue
        entry.uid = st.st_uid
        entry.gid = st.st_gid
        entry.file_size = UInt32(truncatingIfNeeded: st.st_size)
        entry.id = e.id.raw
        try path.withCString { p in
            entry.path = p
            try check(git_index_add(index, &entry), "stage \(path)")
        }
    }

    /// Stages every file of the checkout (honouring ignore rules) and writes the tree.
    public func stageAll() throws -> ObjectID {
        let index = try openIndex()
        defer { git_index_free(index) }
        let star = strdup("*")
        defer { free(star) }
        var pointers: [UnsafeMutablePointer<CChar>?] = [star]
        try pointers.withUnsafeMutableBufferPointer { buf in
            var arr = git_strarray(strings: buf.baseAddress, count: 1)
            try check(git_index_add_all(index, &arr, GIT_INDEX_ADD_DEFAULT.rawValue, nil, nil), "stage files")
        }
        try check(git_index_write(index), "write index")
        var oid = git_oid()
        try check(git_index_write_tree(&oid, index), "write tree")
        return ObjectID(oid)
    }

    private func openIndex() throws -> OpaquePointer {
        var index: OpaquePointer?
        try check(git_repository_index(&index, handle), "open index")
        let rc = git_index_read(index, 1)
        if rc < 0 { git_index_free(index) }
        try check(rc, "read index")
        return index!
    }
}

/// git's lock on a repository's index, held by this process (see `GitRepository.lockIndex`):
/// the file `.git/index.lock` exists and is open here until `release()` (or deinit) removes it.
public final class IndexLock {
    public let path: String
    private var fd: Int32

    init(path: String, fd: Int32) {
        self.path = path
        self.fd = fd
    }
    deinit { release() }

    public var isHeld: Bool { fd >= 0 }

    /// Removes the lock file and closes it; does nothing the second time.
    public func release() {
        guard fd >= 0 else { return }
        unlink(path)
        close(fd)
        fd = -1
    }
}
