import CLibgit2
import Foundation

// References: reading, create-only and compare-and-swap updates and deletes, listing, packing, HEAD.

extension GitRepository {
    /// The id a reference points at (peeled through symbolic refs), or nil. While a step is
    /// staged, its staged value.
    public func reference(_ name: String) throws -> ObjectID? {
        if let staged = stagedValue(name) { return staged }
        return try realReference(name)
    }

    /// The id a reference points at on disk, whatever is staged.
    func realReference(_ name: String) throws -> ObjectID? {
        var oid = git_oid()
        let rc = git_reference_name_to_id(&oid, handle, name)
        if rc == GIT_ENOTFOUND.rawValue || rc == GIT_EUNBORNBRANCH.rawValue { return nil }
        try check(rc, "read ref \(name)")
        return ObjectID(oid)
    }

    /// The branch HEAD names (`refs/heads/main`), or nil when HEAD is detached.
    public func headTarget() throws -> String? {
        var ref: OpaquePointer?
        try check(git_reference_lookup(&ref, handle, "HEAD"), "read HEAD")
        defer { git_reference_free(ref) }
        guard git_reference_type(ref) == GIT_REFERENCE_SYMBOLIC else { return nil }
        return git_reference_symbolic_target(ref).map { String(cString: $0) }
    }

    /// Creates `name` only if it does not exist. Returns false when it already exists.
    ///
    /// Atomic across processes: `git_reference_create(force: 0)` checks for an existing ref
    /// *before* taking the ref's lock, so two processes can both "create" the same ref. The
    /// compare-and-swap form with an all-zero expected id is checked under the lock.
    public func createReference(_ name: String, to id: ObjectID, message: String) throws -> Bool {
        do {
            try updateReference(name, to: id, expected: nil, message: message)
            return true
        } catch let e as GitError where e.code == .modified || e.code == .exists {
            return false
        }
    }

    /// Compare-and-swap: moves `name` to `id` only if it still points at `expected`
    /// (nil: only if it does not exist), checked under the ref's lock. Throws `GitError`
    /// `.modified`/`.locked` on a lost race, which callers retry.
    public func updateReference(_ name: String, to id: ObjectID, expected: ObjectID?, message: String) throws {
        if isStaging {
            return try stageWrite(name, to: id, expected: .some(expected), operation: expected == nil ? "create ref \(name)" : "update ref \(name)")
        }
        var oid = id.raw
        var ref: OpaquePointer?
        // An all-zero expected id means "must not exist yet".
        var old = expected?.raw ?? git_oid()
        try check(
            git_reference_create_matching(&ref, handle, name, &oid, 1, &old, message), expected == nil ? "create ref \(name)" : "update ref \(name)")
        git_reference_free(ref)
    }

    /// Deletes a reference (`git_reference_remove`: `git_branch_delete` leaks in libgit2 1.5).
    public func deleteReference(_ name: String) throws {
        if isStaging { return try stageWrite(name, to: nil, expected: .none, operation: "delete ref \(name)") }
        let rc = git_reference_remove(handle, name)
        if rc == GIT_ENOTFOUND.rawValue { return }
        try check(rc, "delete ref \(name)")
    }

    /// Compare-and-swap delete: removes `name` only if it still points at `expected`, checked
    /// again under the ref's lock (`git_reference_delete` of the looked-up ref).
    /// - Throws: `GitError` `.modified` when it points elsewhere or is gone.
    public func deleteReference(_ name: String, expected: ObjectID) throws {
        if isStaging { return try stageWrite(name, to: nil, expected: .some(expected), operation: "delete ref \(name)") }
        var ref: OpaquePointer?
        let rc = git_reference_lookup(&ref, handle, name)
        if rc == GIT_ENOTFOUND.rawValue {
            throw GitError(code: .modified, operation: "delete ref \(name)", message: "it no longer exists")
        }
        try check(rc, "delete ref \(name)")
        defer { git_reference_free(ref) }
        guard let target = git_reference_target(ref), ObjectID(target.pointee) == expected else {
            throw GitError(code: .modified, operation: "delete ref \(name)", message: "it no longer points at \(expected.short)")
        }
        try check(git_reference_delete(ref), "delete ref \(name)")
    }

    /// All direct references matching a glob such as `refs/steward/proposals/*` (with what a
    /// staged step changed laid over them).
    public func references(matching glob: String) throws -> [(name: String, id: ObjectID)] {
        var out: [(name: String, id: ObjectID)] = []
        try forEachReference(matching: glob) { ref in
            if let target = git_reference_target(ref) {
                out.append((String(cString: git_reference_name(ref)), ObjectID(target.pointee)))
            }
        }
        return overlay(out, glob: glob)
    }

    /// Calls `body` with each reference, or each matching `glob`; the reference is freed when
    /// `body` returns, so it must not keep it.
    func forEachReference(matching glob: String? = nil, _ body: (OpaquePointer) throws -> Void) throws {
        let what = glob.map { "list refs \($0)" } ?? "list refs"
        var iter: OpaquePointer?
        if let glob {
            try check(git_reference_iterator_glob_new(&iter, handle, glob), what)
        } else {
            try check(git_reference_iterator_new(&iter, handle), what)
        }
        defer { git_reference_iterator_free(iter) }
        while true {
            var ref: OpaquePointer?
            let rc = git_reference_next(&ref, iter)
            if rc == GIT_ITEROVER.rawValue { return }
            try check(rc, what)
            defer { git_reference_free(ref) }
            try body(ref!)
        }
    }

    /// Moves every loose ref into `packed-refs` (as `git pack-refs --all`): listing 1,000
    /// proposals then reads one file instead of 1,000.
    public func packRefs() throws {
        var refdb: OpaquePointer?
        try check(git_repository_refdb(&refdb, handle), "open refdb")
        defer { git_refdb_free(refdb) }
        try check(git_refdb_compress(refdb), "pack refs")
    }

    /// Points HEAD at a branch name (symbolic).
    public func setHead(_ refName: String) throws {
        try check(git_repository_set_head(handle, refName), "set HEAD to \(refName)")
    }
}
