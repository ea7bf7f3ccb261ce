import CLibgit2
import Foundation

extension GitRepository {
    /// Whether git's ignore rules (`.gitignore` files, `.git/info/exclude`, `core.excludesFile`)
    /// leave `path` out when the checkout is staged (`stageAll`); a folder is ignored when its
    /// rules name it or a parent. `path` is relative to the checkout.
    /// - Throws: `GitError` when the rules cannot be read.
    public func isIgnored(_ path: String) throws -> Bool {
        var ignored: Int32 = 0
        try check(git_ignore_path_is_ignored(&ignored, handle, path), "check ignore rules for \(path)")
        return ignored != 0
    }
}
