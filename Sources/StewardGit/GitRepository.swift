import CLibgit2
import Foundation

/// An open libgit2 repository. Not thread-safe and deliberately not `Sendable`: confine it to
/// one thread (see `GitExecutor`), the way GRDB confines its connection.
public final class GitRepository {
    let handle: OpaquePointer

    /// Assumes ownership of `handle`; freed in `deinit`.
    init(handle: OpaquePointer) { self.handle = handle }
    deinit { git_repository_free(handle) }

    /// Opens the repository at exactly `path` (no search upwards).
    /// - Throws: `GitError` (`.notFound` when there is no repository there).
    public static func open(at path: String) throws -> GitRepository {
        _ = GitRuntime.ready
        var repo: OpaquePointer?
        try check(git_repository_open_ext(&repo, path, GIT_REPOSITORY_OPEN_NO_SEARCH.rawValue, nil), "open repository at \(path)")
        return GitRepository(handle: repo!)
    }

    /// Whether `path` itself is a git repository (a worktree with `.git`, or a bare one).
    public static func exists(at path: String) -> Bool {
        _ = GitRuntime.ready
        var repo: OpaquePointer?
        let rc = git_repository_open_ext(&repo, path, GIT_REPOSITORY_OPEN_NO_SEARCH.rawValue, nil)
        if let repo { git_repository_free(repo) }
        return rc == 0
    }

    /// Creates a non-bare repository whose unborn HEAD is `refs/heads/<initialBranch>`.
    public static func create(at path: String, initialBranch: String = "main") throws -> GitRepository {
        _ = GitRuntime.ready
        var opts = git_repository_init_options()
        try check(git_repository_init_options_init(&opts, UInt32(GIT_REPOSITORY_INIT_OPTIONS_VERSION)), "init options")
        opts.flags = GIT_REPOSITORY_INIT_MKPATH.rawValue
        var repo: OpaquePointer?
        try initialBranch.withCString { head in
            opts.initial_head = head
            try check(git_repository_init_ext(&repo, path, &opts), "create repository at \(path)")
        }
        return GitRepository(handle: repo!)
    }

    /// The working directory (with a trailing `/`), or nil for a bare repository.
    public var workdir: String? { git_repository_workdir(handle).map { String(cString: $0) } }
    /// The `.git` directory (with a trailing `/`).
    public var gitdir: String { String(cString: git_repository_path(handle)) }

    /// Sets a repository-local config value.
    public func setConfig(_ name: String, _ value: String) throws {
        var cfg: OpaquePointer?
        try check(git_repository_config(&cfg, handle), "open config")
        defer { git_config_free(cfg) }
        try check(git_config_set_string(cfg, name, value), "set config \(name)")
    }

    // MARK: - Blobs

    /// Writes a blob and returns its id.
    public func writeBlob(_ data: Data) throws -> ObjectID {
        var oid = git_oid()
        let rc = data.withUnsafeBytes { buf in git_blob_create_from_buffer(&oid, handle, buf.baseAddress, buf.count) }
        try check(rc, "write blob")
        return ObjectID(oid)
    }

    public func readBlob(_ id: ObjectID) throws -> Data {
        var oid = id.raw
        var blob: OpaquePointer?
        try check(git_blob_lookup(&blob, handle, &oid), "read blob \(id.short)")
        defer { git_blob_free(blob) }
        let size = Int(git_blob_rawsize(blob))
        guard size > 0, let raw = git_blob_rawcontent(blob) else { return Data() }
        return Data(bytes: raw, count: size)
    }

    /// The size in bytes of a blob, read from the object header.
    public func blobSize(_ id: ObjectID) throws -> Int {
        var oid = id.raw
        var odb: OpaquePointer?
        try check(git_repository_odb(&odb, handle), "open object database")
        defer { git_odb_free(odb) }
        var size = 0
        var type = GIT_OBJECT_ANY
        try check(git_odb_read_header(&size, &type, odb, &oid), "read object header \(id.short)")
        return size
    }

    /// Hashes a file on disk as a blob without writing it.
    public func hashFile(_ path: String) throws -> ObjectID {
        var oid = git_oid()
        try check(git_odb_hashfile(&oid, path, GIT_OBJECT_BLOB), "hash \(path)")
        return ObjectID(oid)
    }

    // MARK: - Trees

    /// The empty tree (written once; git knows its id).
    public func emptyTree() throws -> ObjectID {
        var builder: OpaquePointer?
        try check(git_treebuilder_new(&builder, handle, nil), "new tree builder")
        defer { git_treebuilder_free(builder) }
        var oid = git_oid()
        try check(git_treebuilder_write(&oid, builder), "write empty tree")
        return ObjectID(oid)
    }

    func withTree<T>(_ id: ObjectID, _ body: (OpaquePointer) throws -> T) throws -> T {
        var oid = id.raw
        var tree: OpaquePointer?
        try check(git_tree_lookup(&tree, handle, &oid), "read tree \(id.short)")
        defer { git_tree_free(tree) }
        return try body(tree!)
    }

    /// The entry at `path` in a tree, or nil. Costs O(depth), not O(tree).
    public func entry(at path: String, in tree: ObjectID) throws -> TreeEntry? {
        try withTree(tree) { t in
            var e: OpaquePointer?
            let rc = git_tree_entry_bypath(&e, t, path)
            if rc == GIT_ENOTFOUND.rawValue { return nil }
            try check(rc, "look up \(path)")
            defer { git_tree_entry_free(e) }
            return TreeEntry(id: ObjectID(git_tree_entry_id(e).pointee), mode: FileMode(git_tree_entry_filemode(e)))
        }
    }

    /// One change for `updateTree`: put `entry` at `path`, or remove `path` when nil.
    public struct TreeUpdate: Sendable {
        public let path: String
        public let entry: TreeEntry?
        public init(path: String, entry: TreeEntry?) {
            self.path = path
            self.entry = entry
        }
    }

    /// Applies updates to `base` and writes the new tree, touching only the trees on the
    /// updated paths (`git_tree_create_updated`).
    public func updateTree(_ base: ObjectID, _ updates: [TreeUpdate]) throws -> ObjectID {
        if updates.isEmpty { return base }
        // The C strings must outlive the call: copy them into one allocation first.
        let cPaths = updates.map { strdup($0.path)! }
        defer { cPaths.forEach { free($0) } }
        var raw: [git_tree_update] = []
        raw.reserveCapacity(updates.count)
        for (u, p) in zip(updates, cPaths) {
            var item = git_tree_update()
            item.path = UnsafePointer(p)
            if let e = u.entry {
                item.action = GIT_TREE_UPDATE_UPSERT
                item.id = e.id.raw
                item.filemode = e.mode.git
            } else {
                item.action = GIT_TREE_UPDATE_REMOVE
            }
            raw.append(item)
        }
        return try withTree(base) { t in
            var oid = git_oid()
            try check(git_tree_create_updated(&oid, handle, t, raw.count, raw), "update tree")
            return ObjectID(oid)
        }
    }

    /// Every leaf (file, link, submodule) that differs between two trees. Subtrees with the
    /// same id are skipped, so the cost follows the change, not the size of the tree.
    public func changes(from old: ObjectID?, to new: ObjectID?) throws -> [TreeChange] {
        var out: [TreeChange] = []
        try diffTrees(old, new, prefix: "", into: &out)
        return out
    }

    /// The entries of the folder at `path` in `tree` (empty when there is no such folder).
    public func treeEntries(at path: String, in tree: ObjectID) throws -> [(name: String, entry: TreeEntry)] {
        guard let e = try entry(at: path, in: tree), e.mode == .tree else { return [] }
        return try entries(of: e.id).map { (name: $0.0, entry: $0.1) }
    }

    /// Every file (leaf) under `path` in `tree`, recursively, with its path from the root.
    public func files(under path: String, in tree: ObjectID, limit: Int = .max) throws -> [(path: String, entry: TreeEntry)] {
        var out: [(String, TreeEntry)] = []
        var stack: [(String, ObjectID)] = []
        if path.isEmpty {
            stack.append(("", tree))
        } else if let e = try entry(at: path, in: tree) {
            if e.mode == .tree { stack.append((path + "/", e.id)) } else { return [(path, e)] }
        }
        while let (prefix, id) = stack.popLast(), out.count < limit {
            for (name, e) in try entries(of: id) {
                if e.mode == .tree { stack.append((prefix + name + "/", e.id)) } else { out.append((prefix + name, e)) }
            }
        }
        return Array(out.sorted { Array($0.0.utf8).lexicographicallyPrecedes(Array($1.0.utf8)) }.prefix(limit))
    }

    private func entries(of tree: ObjectID?) throws -> [(String, TreeEntry)] {
        guard let tree else { return [] }
        return try withTree(tree) { t in
            let n = git_tree_entrycount(t)
            var list: [(String, TreeEntry)] = []
            list.reserveCapacity(n)
            for i in 0..<n {
                let e = git_tree_entry_byindex(t, i)
                list.append((String(cString: git_tree_entry_name(e)), TreeEntry(id: ObjectID(git_tree_entry_id(e).pointee), mode: FileMode(git_tree_entry_filemode(e)))))
            }
            return list
        }
    }

    private func diffTrees(_ a: ObjectID?, _ b: ObjectID?, prefix: String, into out: inout [TreeChange]) throws {
        if a == b { return }
        let left = try entries(of: a)
        let right = try entries(of: b)
        var rightByName: [String: TreeEntry] = [:]
        rightByName.reserveCapacity(right.count)
        for (n, e) in right { rightByName[n] = e }
        var seen = Set<String>()
        func emit(_ name: String, _ x: TreeEntry?, _ y: TreeEntry?) throws {
            let path = prefix + name
            if x == y { return }
            let xTree = x?.mode == .tree ? x : nil
            let yTree = y?.mode == .tree ? y : nil
            if xTree != nil || yTree != nil {
                try diffTrees(xTree?.id, yTree?.id, prefix: path + "/", into: &out)
            }
            let xLeaf = x?.mode == .tree ? nil : x
            let yLeaf = y?.mode == .tree ? nil : y
            if xLeaf != nil || yLeaf != nil, xLeaf != yLeaf {
                out.append(TreeChange(path: path, old: xLeaf, new: yLeaf))
            }
        }
        for (name, x) in left {
            seen.insert(name)
            try emit(name, x, rightByName[name])
        }
        for (name, y) in right where !seen.contains(name) {
            try emit(name, nil, y)
        }
    }

    // MARK: - Commits

    /// Writes a commit object (no ref is moved).
    public func commit(tree: ObjectID, parents: [ObjectID], message: String, author: Signature, committer: Signature? = nil) throws -> ObjectID {
        let authorSig = try makeSignature(author)
        defer { git_signature_free(authorSig) }
        let committerSig = try committer.map(makeSignature) ?? authorSig
        defer { if committer != nil { git_signature_free(committerSig) } }
        var parentHandles: [OpaquePointer?] = []
        defer { parentHandles.forEach { git_commit_free($0) } }
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
        var x = a.raw, y = b.raw
        let rc = git_merge_base(&out, handle, &x, &y)
        if rc == GIT_ENOTFOUND.rawValue { return nil }
        try check(rc, "find merge base")
        return ObjectID(out)
    }

    /// Whether `ancestor` is reachable from `commit` (or equal to it).
    public func isAncestor(_ ancestor: ObjectID, of commit: ObjectID) throws -> Bool {
        if ancestor == commit { return true }
        var a = ancestor.raw, c = commit.raw
        return try check(git_graph_descendant_of(handle, &c, &a), "check ancestry") == 1
    }

    // MARK: - References

    /// The id a reference points at (peeled through symbolic refs), or nil.
    public func reference(_ name: String) throws -> ObjectID? {
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
        var oid = id.raw
        var ref: OpaquePointer?
        // An all-zero expected id means "must not exist yet".
        var old = expected?.raw ?? git_oid()
        try check(git_reference_create_matching(&ref, handle, name, &oid, 1, &old, message), expected == nil ? "create ref \(name)" : "update ref \(name)")
        git_reference_free(ref)
    }

    /// Deletes a reference (`git_reference_remove`: `git_branch_delete` leaks in libgit2 1.5).
    public func deleteReference(_ name: String) throws {
        let rc = git_reference_remove(handle, name)
        if rc == GIT_ENOTFOUND.rawValue { return }
        try check(rc, "delete ref \(name)")
    }

    /// Compare-and-swap delete: removes `name` only if it still points at `expected`, checked
    /// again under the ref's lock (`git_reference_delete` of the looked-up ref).
    /// - Throws: `GitError` `.modified` when it points elsewhere or is gone.
    public func deleteReference(_ name: String, expected: ObjectID) throws {
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

    /// All direct references matching a glob such as `refs/steward/proposals/*`.
    public func references(matching glob: String) throws -> [(name: String, id: ObjectID)] {
        var iter: OpaquePointer?
        try check(git_reference_iterator_glob_new(&iter, handle, glob), "list refs \(glob)")
        defer { git_reference_iterator_free(iter) }
        var out: [(String, ObjectID)] = []
        while true {
            var ref: OpaquePointer?
            let rc = git_reference_next(&ref, iter)
            if rc == GIT_ITEROVER.rawValue { break }
            try check(rc, "list refs \(glob)")
            defer { git_reference_free(ref) }
            if let target = git_reference_target(ref) {
                out.append((String(cString: git_reference_name(ref)), ObjectID(target.pointee)))
            }
        }
        return out
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
