import CLibgit2
import Foundation

/// An open libgit2 repository. Not thread-safe and deliberately not `Sendable`: confine it to
/// one thread (see `GitExecutor`), the way GRDB confines its connection.
public final class GitRepository {
    let handle: OpaquePointer
    /// Ref writes held back while a step is staged (`beginStaging`, spec 22.4); nil = write through.
    var staging: RefStaging?

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
}
