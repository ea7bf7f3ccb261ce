import CLibgit2
import Foundation

/// A file in the person's checkout whose uncommitted state differs from what `main` holds.
public struct DirtyPath: Sendable, Hashable {
    public let path: String
    /// "modified", "deleted", "added" or "staged".
    public let state: String
}

extension GitRepository {
    /// Checks the given paths of the checkout against `tree`: any working file or index entry
    /// that differs from the tree's version is uncommitted work that an update would clobber.
    /// Costs O(paths), plus one index read.
    public func dirtyPaths(_ paths: [String], against tree: ObjectID) throws -> [DirtyPath] {
        guard let workdir else { return [] }
        let index = try openIndex()
        defer { git_index_free(index) }
        var dirty: [DirtyPath] = []
        for path in paths {
            let expected = try entry(at: path, in: tree)
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
            if (st.st_mode & S_IFMT) == S_IFDIR {
                dirty.append(DirtyPath(path: path, state: "modified"))
                continue
            }
            if expected.mode == .link {
                continue  // links are compared by the index entry above
            }
            if try hashFile(full) != expected.id {
                dirty.append(DirtyPath(path: path, state: "modified"))
            }
        }
        return dirty
    }

    /// Brings the given paths of the checkout and the index to `tree`'s version: files are
    /// written (via a temporary file and rename) or removed, empty folders pruned.
    public func checkout(_ paths: [String], from tree: ObjectID) throws {
        guard let workdir else { return }
        let index = try openIndex()
        defer { git_index_free(index) }
        let fm = FileManager.default
        for path in paths {
            let full = workdir + path
            if let e = try entry(at: path, in: tree), e.mode != .tree, e.mode != .commit {
                let dir = (full as NSString).deletingLastPathComponent
                if (try? fm.attributesOfItem(atPath: dir)[.type] as? FileAttributeType) == .typeRegular {
                    try fm.removeItem(atPath: dir)
                }
                try fm.createDirectory(atPath: dir, withIntermediateDirectories: true)
                let data = try readBlob(e.id)
                if (try? fm.attributesOfItem(atPath: full)[.type] as? FileAttributeType) == .typeDirectory {
                    try fm.removeItem(atPath: full)
                }
                if e.mode == .link {
                    try? fm.removeItem(atPath: full)
                    try fm.createSymbolicLink(atPath: full, withDestinationPath: String(decoding: data, as: UTF8.self))
                } else {
                    let tmp = dir + "/.steward-tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
                    guard fm.createFile(atPath: tmp, contents: data, attributes: [.posixPermissions: e.mode == .executable ? 0o755 : 0o644]) else {
                        throw GitError(code: .other, operation: "write \(path)", message: "cannot create a file in \(dir)")
                    }
                    if rename(tmp, full) != 0 {
                        unlink(tmp)
                        throw GitError(code: .other, operation: "write \(path)", message: String(cString: strerror(errno)))
                    }
                }
                try check(git_index_add_bypath(index, path), "stage \(path)")
            } else {
                unlink(full)
                let rc = git_index_remove_bypath(index, path)
                if rc != GIT_ENOTFOUND.rawValue { try check(rc, "unstage \(path)") }
                // Remove folders the deletion left empty, up to the workspace root.
                var dir = (path as NSString).deletingLastPathComponent
                while !dir.isEmpty, rmdir(workdir + dir) == 0 {
                    dir = (dir as NSString).deletingLastPathComponent
                }
            }
        }
        try check(git_index_write(index), "write index")
    }

    /// Stages every file of the checkout (honouring ignore rules) and writes the tree.
    public func stageAll() throws -> ObjectID {
        let index = try openIndex()
        defer { git_index_free(index) }
        var star = strdup("*")
        defer { free(star) }
        var arr = git_strarray(strings: &star, count: 1)
        try check(git_index_add_all(index, &arr, GIT_INDEX_ADD_DEFAULT.rawValue, nil, nil), "stage files")
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
