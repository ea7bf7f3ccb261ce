import CLibgit2
import Foundation

/// Why changes could not be applied: the paths that conflict.
public struct MergeConflict: Error, Sendable, Hashable {
    public let paths: [String]
    public init(paths: [String]) { self.paths = paths }
}

extension GitRepository {
    /// Applies the changes that turn tree `from` into tree `to` onto tree `onto`, and writes
    /// the result. When `onto` still holds `from`'s version of every changed path (the common
    /// case: nobody else touched those files) this edits only those paths,
    /// O(changed paths × depth); otherwise it falls back to a real 3-way merge.
    /// Approve, refresh and rollback (inverse changes) all use this.
    /// - Throws: `MergeConflict` naming the paths, or `GitError`.
    public func applyChanges(from: ObjectID, to: ObjectID, onto: ObjectID, changes known: [TreeChange]? = nil) throws -> ObjectID {
        let changes = try known ?? self.changes(from: from, to: to)
        if changes.isEmpty { return onto }
        if from == onto { return to }
        var clean = true
        for c in changes where try entry(at: c.path, in: onto) != c.old {
            clean = false
            break
        }
        if clean {
            do {
                return try updateTree(onto, changes.map { TreeUpdate(path: $0.path, entry: $0.new) })
            } catch let e as GitError where e.code != .locked {
                // A file/folder clash the per-path check cannot see: let the real merge decide.
            }
        }
        return try mergeTrees(ancestor: from, ours: onto, theirs: to)
    }

    /// A full 3-way tree merge (`git_merge_trees`); conflicts are reported, never written.
    public func mergeTrees(ancestor: ObjectID, ours: ObjectID, theirs: ObjectID) throws -> ObjectID {
        try withTree(ancestor) { a in
            try withTree(ours) { o in
                try withTree(theirs) { t in
                    var opts = git_merge_options()
                    try check(git_merge_options_init(&opts, UInt32(GIT_MERGE_OPTIONS_VERSION)), "merge options")
                    // No rename detection: a change must land on the path it was made to, or
                    // an edit to memory/x could follow a rename into hooks/.
                    opts.flags = 0
                    var index: OpaquePointer?
                    try check(git_merge_trees(&index, handle, a, o, t, &opts), "merge trees")
                    defer { git_index_free(index) }
                    if git_index_has_conflicts(index) != 0 {
                        var iter: OpaquePointer?
                        try check(git_index_conflict_iterator_new(&iter, index), "list conflicts")
                        defer { git_index_conflict_iterator_free(iter) }
                        var paths = Set<String>()
                        while true {
                            var anc: UnsafePointer<git_index_entry>?
                            var our: UnsafePointer<git_index_entry>?
                            var their: UnsafePointer<git_index_entry>?
                            let rc = git_index_conflict_next(&anc, &our, &their, iter)
                            if rc == GIT_ITEROVER.rawValue { break }
                            try check(rc, "list conflicts")
                            for e in [anc, our, their] { if let e, let p = e.pointee.path { paths.insert(String(cString: p)) } }
                        }
                        throw MergeConflict(paths: paths.sorted())
                    }
                    var oid = git_oid()
                    try check(git_index_write_tree_to(&oid, index, handle), "write merged tree")
                    return ObjectID(oid)
                }
            }
        }
    }
}

extension GitRepository {
    /// A 3-way merge of one file's contents (`git_merge_file`). Returns the merged bytes, or
    /// nil when the two sides conflict.
    public func mergeFile(ancestor: ObjectID, ours: ObjectID, theirs: ObjectID) throws -> Data? {
        let a = try readBlob(ancestor)
        let o = try readBlob(ours)
        let t = try readBlob(theirs)
        return try a.withUnsafeBytes { ab in
            try o.withUnsafeBytes { ob in
                try t.withUnsafeBytes { tb in
                    func input(_ b: UnsafeRawBufferPointer) throws -> git_merge_file_input {
                        var i = git_merge_file_input()
                        try check(git_merge_file_input_init(&i, UInt32(GIT_MERGE_FILE_INPUT_VERSION)), "merge input")
                        i.ptr = b.baseAddress?.assumingMemoryBound(to: CChar.self)
                        i.size = b.count
                        return i
                    }
                    var ai = try input(ab)
                    var oi = try input(ob)
                    var ti = try input(tb)
                    var result = git_merge_file_result()
                    try check(git_merge_file(&result, &ai, &oi, &ti, nil), "merge file")
                    defer { git_merge_file_result_free(&result) }
                    guard result.automergeable != 0 else { return nil }
                    guard let p = result.ptr, result.len > 0 else { return Data() }
                    return Data(bytes: p, count: result.len)
                }
            }
        }
    }
}
