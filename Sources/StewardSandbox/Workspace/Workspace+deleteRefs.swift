import Foundation
import StewardCore
import StewardGit

extension Workspace {
    /// Deletes every ref of `refs`, each only while it still points at its id, with one
    /// rewrite of `packed-refs`: git's own `update-ref --stdin`, one transaction (all of them
    /// or none). libgit2 1.5 rewrites `packed-refs` for each packed ref it deletes and then
    /// locks every ref that file lists (`packed_remove_loose`): about 1,150 files created per
    /// deletion on a packed workspace of 1,000 proposals (docs/benchmarks.md, Disk). Without
    /// git, or when git refuses the transaction, each is deleted through libgit2 by
    /// compare-and-swap, which says which ref moved; a ref already gone is skipped. Not while
    /// a step is staged (a remote's push applies its own refs). Callers hold the main lock.
    /// - Throws: `GitError` `.modified` when a ref points elsewhere.
    func deleteReferencesAtOnce(_ refs: [(name: String, id: ObjectID)]) throws {
        guard !refs.isEmpty else { return }
        let r = try repo
        if refs.count > 1, !r.isStaging, let git = try? GitTransport.gitExecutable() {
            let input = refs.map { "delete \($0.name) \($0.id.hex)\n" }.joined()
            let result = try? ProcessRunner.run(
                // No reference-transaction hook: Steward's own refs, not the person's git work.
                git, arguments: ["-c", "core.hooksPath=/dev/null", "-C", root, "update-ref", "--stdin"], stdin: Data(input.utf8),
                environment: GitTransport.environment(),
                directory: root, timeout: 600)
            if result?.status == 0 { return }
        }
        for (name, id) in refs {
            if try r.reference(name) == nil { continue }
            try r.deleteReference(name, expected: id)
        }
    }
}

extension Workspace {
    /// Moves every loose ref into `packed-refs` (as `GitRepository.packRefs`) with git's own
    /// `pack-refs --all`, which locks only the loose refs it packs: measured with git 2.39.5,
    /// 102 files created for 100 loose refs beside 9,000 packed ones. libgit2 1.5's
    /// `git_refdb_compress` creates a lock file for every ref `packed-refs` lists, about 9,000 at
    /// 4,500 proposals, seconds on ext4 (docs/benchmarks.md, "Where proposals' time goes").
    /// Through libgit2 without git, or when git fails. Best effort: nothing depends on it.
    func packRefsCheaply() {
        if let git = try? GitTransport.gitExecutable(),
            let result = try? ProcessRunner.run(
                git, arguments: ["-c", "core.hooksPath=/dev/null", "-C", root, "pack-refs", "--all"], stdin: Data(),
                environment: GitTransport.environment(), directory: root, timeout: 600),
            result.status == 0
        {
            return
        }
        try? repo.packRefs()
    }
}
