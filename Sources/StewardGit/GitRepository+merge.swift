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
                    var index: OpaquePointer?
                    try check(git_merge_trees(&index, handle, a, o, t, &opts), "merge trees")
                    defer { git_index_free(index) }
                    if git_index_has_conflicts(index) != 0 {
                        var iter: OpaquePointer?
                        try check(git_index_conflict_iterator_new(&iter, index), "list conflicts")
                        defer { git_index_conflict_iterator_free(iter) }
                        var paths = Set<String>()
                        while true {
                            var anc: UnsafePointer<git_index_entry>?, our: UnsafePointer<git_index_entry>?, their: UnsafePointer<git_index_entry>?
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
