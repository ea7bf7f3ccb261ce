import CLibgit2
import Foundation

extension GitRepository {
    /// A value of the repository's `.git/config` (`remote.origin.url`), nil when it is not set.
    /// Read afresh each time: libgit2 re-reads the file when it changed (a `git remote add`
    /// made while Steward runs is seen). Only the repository's own file: Steward clears
    /// libgit2's global, XDG and system configuration (`GitRuntime`).
    /// - Throws: `GitError` when the file cannot be read or parsed.
    public func configString(_ name: String) throws -> String? {
        var cfg: OpaquePointer?
        try check(git_repository_config(&cfg, handle), "open config")
        defer { git_config_free(cfg) }
        var buf = git_buf()
        defer { git_buf_dispose(&buf) }
        let rc = git_config_get_string_buf(&buf, cfg, name)
        if rc == GIT_ENOTFOUND.rawValue { return nil }
        try check(rc, "read config \(name)")
        return buf.ptr.map { String(cString: $0) } ?? ""
    }
}
