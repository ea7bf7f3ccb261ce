import CLibgit2

// Walking history: the commits one tip has that others lack (`git rev-list TIP ^HIDDEN…`).

extension GitRepository {
    /// The commits reachable from `tip` and from none of `hidden`, oldest first (parents
    /// before children), as `git rev-list --topo-order --reverse TIP ^H1 ^H2 …` lists them.
    /// Costs O(commits listed), plus what libgit2 walks to find where `hidden` meets `tip`.
    /// An id in `hidden` that is not a commit (a tag of a blob) reaches no commit and is skipped.
    /// - Throws: `GitError` when `tip` is not a commit or the history cannot be read.
    public func commits(from tip: ObjectID, hiding hidden: [ObjectID]) throws -> [ObjectID] {
        var walk: OpaquePointer?
        try check(git_revwalk_new(&walk, handle), "start a walk of the history")
        defer { git_revwalk_free(walk) }
        try check(git_revwalk_sorting(walk, GIT_SORT_TOPOLOGICAL.rawValue | GIT_SORT_REVERSE.rawValue), "sort the walk")
        var start = tip.raw
        try check(git_revwalk_push(walk, &start), "walk \(tip.short)")
        for id in hidden {
            var oid = id.raw
            var object: OpaquePointer?
            guard git_object_lookup(&object, handle, &oid, GIT_OBJECT_ANY) == 0 else { continue }
            var peeled: OpaquePointer?
            let isCommit = git_object_peel(&peeled, object, GIT_OBJECT_COMMIT) == 0
            git_object_free(peeled)
            git_object_free(object)
            if isCommit { try check(git_revwalk_hide(walk, &oid), "walk \(id.short)") }
        }
        var out: [ObjectID] = []
        var next = git_oid()
        while true {
            let rc = git_revwalk_next(&next, walk)
            if rc == GIT_ITEROVER.rawValue { return out }
            try check(rc, "walk \(tip.short)")
            out.append(ObjectID(next))
        }
    }
}

extension GitRepository {
    /// The first commit of `tip`'s first-parent history (`git rev-list --first-parent --max-parents=0 TIP`):
    /// what identifies a workspace however far it has moved on. Costs O(first-parent history).
    /// - Throws: `GitError` when `tip` is not a commit or the history cannot be read.
    public func rootCommit(of tip: ObjectID) throws -> ObjectID {
        var walk: OpaquePointer?
        try check(git_revwalk_new(&walk, handle), "start a walk of the history")
        defer { git_revwalk_free(walk) }
        try check(git_revwalk_simplify_first_parent(walk), "walk first parents only")
        var start = tip.raw
        try check(git_revwalk_push(walk, &start), "walk \(tip.short)")
        var last = tip
        var next = git_oid()
        while true {
            let rc = git_revwalk_next(&next, walk)
            if rc == GIT_ITEROVER.rawValue { return last }
            try check(rc, "walk \(tip.short)")
            last = ObjectID(next)
        }
    }
}
