import Foundation

// The git CLI peer of the sandbox benchmark: the same work without a checkout.

extension Bench {
    static func cliWrite(_ ws: String, branch: String, path: String, content: String) throws {
        let index = ws + "/.git/bench-index-\(getpid())"
        defer { unlink(index) }
        let env = ["GIT_INDEX_FILE": index]
        let blob = try git(ws, ["hash-object", "-w", "--stdin"], stdin: Data(content.utf8))
        let base = try git(ws, ["rev-parse", "refs/heads/main"])
        try git(ws, ["read-tree", base], env: env)
        try git(ws, ["update-index", "--add", "--cacheinfo", "100644,\(blob),\(path)"], env: env)
        let tree = try git(ws, ["write-tree"], env: env)
        let commit = try git(ws, ["commit-tree", tree, "-p", base, "-m", "write \(path)"])
        try git(ws, ["update-ref", "refs/heads/\(branch)", commit, ""])
    }

    static func cliApprove(_ ws: String, branch: String) throws -> String {
        let old = try git(ws, ["rev-parse", "refs/heads/main"])
        let tree = try git(ws, ["merge-tree", "--write-tree", old, "refs/heads/\(branch)"]).split(separator: "\n")[0]
        let commit = try git(ws, ["commit-tree", String(tree), "-p", old, "-p", "refs/heads/\(branch)", "-m", "Merge \(branch)"])
        try git(ws, ["update-ref", "refs/heads/main", commit, old])
        try git(ws, ["update-ref", "-d", "refs/heads/\(branch)"])
        return commit
    }

    static func cliReject(_ ws: String, branch: String, archive: String) throws {
        let head = try git(ws, ["rev-parse", "refs/heads/\(branch)"])
        try git(ws, ["update-ref", archive, head, ""])
        try git(ws, ["update-ref", "-d", "refs/heads/\(branch)", head])
    }

    static func cliRollback(_ ws: String, merge: String) throws {
        let index = ws + "/.git/bench-index-\(getpid())"
        defer { unlink(index) }
        let env = ["GIT_INDEX_FILE": index]
        let old = try git(ws, ["rev-parse", "refs/heads/main"])
        try git(ws, ["read-tree", "-m", "-i", "--aggressive", merge, old, "\(merge)^1"], env: env)
        let tree = try git(ws, ["write-tree"], env: env)
        let commit = try git(ws, ["commit-tree", tree, "-p", old, "-m", "Revert \(merge)"])
        try git(ws, ["update-ref", "refs/heads/main", commit, old])
    }
}
