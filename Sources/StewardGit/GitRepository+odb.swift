import CLibgit2

extension GitRepository {
    /// Makes objects written into this repository by another program (a `git fetch`, spec 22.2)
    /// visible to this handle: libgit2 caches the list of packs and rescans it only when a
    /// lookup misses, so a fetched pack is read here only after this (`git_odb_refresh`).
    /// - Throws: `GitError` when the object database cannot be read.
    public func refreshObjects() throws {
        var odb: OpaquePointer?
        try check(git_repository_odb(&odb, handle), "open the object database")
        defer { git_odb_free(odb) }
        try check(git_odb_refresh(odb), "re-read the object database")
    }
}
