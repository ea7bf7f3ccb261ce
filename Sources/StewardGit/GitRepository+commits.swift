import CLibgit2
import Foundation

// Commits: writing them, reading them back, merge bases and ancestry.

extension GitRepository {
    /// Writes a commit object (no ref is moved).
    public func commit(tree: ObjectID, parents: [ObjectID], message: String, author: Signature, committer: Signature? = nil) throws -> ObjectID {
        let authorSig = try makeSignature(author)
        defer { git_signature_free(authorSig) }
        let committerSig = try committer.map(makeSignature) ?? authorSig
        defer { if committer != nil { git_signature_free(committerSig) } }
        var parentHandles: [OpaquePointer?] = []
        defer { for h in parentHandles { git_commit_free(h) } }
        for p in parents {
            var oid = p.raw
            var c: OpaquePointer?
            try check(git_commit_lookup(&c, handle, &oid), "read commit \(p.short)")
            parentHandles.append(c)
        }
        return try withTree(tree) { t in
            var oid = git_oid()
            try check(
                git_commit_create(&oid, handle, nil, authorSig, committerSig, "UTF-8", message, t, parentHandles.count, &parentHandles),
                "write commit")
            return ObjectID(oid)
        }
    }

    private func makeSignature(_ s: Signature) throws -> UnsafeMutablePointer<git_signature> {
        var sig: UnsafeMutablePointer<git_signature>?
        let name = s.name.isEmpty ? "unknown" : s.name
        try check(git_signature_new(&sig, name, s.email, git_time_t(s.time), 0), "make signature for \(name)")
        return sig!
    }

    public func commitInfo(_ id: ObjectID) throws -> CommitInfo {
        var oid = id.raw
        var c: OpaquePointer?
        try check(git_commit_lookup(&c, handle, &oid), "read commit \(id.short)")
        defer { git_commit_free(c) }
        let count = git_commit_parentcount(c)
        var parents: [ObjectID] = []
        for i in 0..<count { parents.append(ObjectID(git_commit_parent_id(c, i).pointee)) }
        let author = git_commit_author(c)!.pointee
        return CommitInfo(
            id: id, tree: ObjectID(git_commit_tree_id(c).pointee), parents: parents,
            message: git_commit_message(c).map { String(cString: $0) } ?? "",
            authorName: String(cString: author.name), authorEmail: String(cString: author.email),
            time: Int64(git_commit_time(c)))
    }

    /// The best common ancestor of two commits, or nil.
    public func mergeBase(_ a: ObjectID, _ b: ObjectID) throws -> ObjectID? {
        var out = git_oid()
        var x = a.raw
        var y = b.raw
        let rc = git_merge_base(&out, handle, &x, &y)
        if rc == GIT_ENOTFOUND.rawValue { return nil }
        try check(rc, "find merge base")
        return ObjectID(out)
    }

    /// How many commits `local` has that `upstream` lacks, and the other way round.
    public func aheadBehind(_ local: ObjectID, _ upstream: ObjectID) throws -> (ahead: Int, behind: Int) {
        var ahead = 0
        var behind = 0
        var l = local.raw
        var u = upstream.raw
        try check(git_graph_ahead_behind(&ahead, &behind, handle, &l, &u), "count commits ahead and behind")
        return (ahead, behind)
    }

    /// Whether `ancestor` is reachable from `commit` (or equal to it).
    public func isAncestor(_ ancestor: ObjectID, of commit: ObjectID) throws -> Bool {
        if ancestor == commit { return true }
        var a = ancestor.raw
        var c = commit.raw
        return try check(git_graph_descendant_of(handle, &c, &a), "check ancestry") == 1
    }
}
