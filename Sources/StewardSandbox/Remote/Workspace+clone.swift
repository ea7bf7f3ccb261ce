import Foundation
import StewardCore
import StewardGit

extension Workspace {
    /// The folder `steward clone URL` makes without DIR: the URL's last part without `.git`,
    /// as `git clone` names it (`ssh://h/team/ws.git` → `ws`).
    public nonisolated static func cloneFolder(for url: String) -> String {
        var last = url
        while last.hasSuffix("/") { last.removeLast() }
        if let cut = last.lastIndex(where: { $0 == "/" || $0 == ":" }) { last = String(last[last.index(after: cut)...]) }
        if last.hasSuffix(".git") { last.removeLast(4) }
        return last.isEmpty ? "workspace" : last
    }

    /// `steward clone URL DIR` (spec 22.6): `git clone` of `main` through the transport's rules
    /// (no prompt, timeouts, no `ext::`), `.steward/` kept out of git, a new machine id, then a
    /// sync: the remote's refs fetched and taken by the catch-up. The store is the caller's to
    /// build (it lives above this module).
    /// - Throws: `StewardError.usage` when DIR exists and is not empty; `StewardError.failure`
    ///   when the remote cannot be reached or holds no workspace (DIR is then removed again).
    public static func clone(url: String, into dir: String, progress: @Sendable (String) -> Void = { _ in }) async throws -> (Workspace, SyncReport) {
        let root = absolute(dir)
        let fm = FileManager.default
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: root, isDirectory: &isDir) {
            guard isDir.boolValue, (try? fm.contentsOfDirectory(atPath: root))?.isEmpty == true else {
                throw StewardError.usage("\(root) already exists and is not an empty folder; give 'steward clone' a new folder")
            }
        }
        let made = !fm.fileExists(atPath: root)
        let remote = RemoteEndpoint(name: "origin", url: url)
        progress("Cloning \(remote.shownURL) into \(root)…")
        // `--branch main`: a remote's HEAD may name a branch it does not have (a bare
        // repository made with git's default, then pushed only `main`).
        let parent = (root as NSString).deletingLastPathComponent
        let output: GitTransport.Output
        do {
            try fm.createDirectory(atPath: parent, withIntermediateDirectories: true)
            output = try GitTransport.run("clone", ["--branch", "main", "--no-tags", "--quiet"], remote, tail: [root], in: parent)
            guard output.status == 0 else { throw GitTransport.failure("clone", remote, output) }
        } catch let failure as RemoteFailure {
            if made { try? fm.removeItem(atPath: root) }
            throw Self.cloneFailure(failure, remote: remote)
        }
        do {
            let ws = try await Workspace.open(at: root)
            return (ws, try await ws.sync(progress: progress))
        } catch {
            if made { try? fm.removeItem(atPath: root) }
            throw error
        }
    }

    /// A failed `git clone` in people's words; an empty remote is told apart.
    nonisolated static func cloneFailure(_ failure: RemoteFailure, remote: RemoteEndpoint) -> StewardError {
        switch failure {
        case .unreachable(let m), .failed(let m), .refused(_, let m), .leaseLost(_, let m):
            if m.contains("Remote branch main not found") {
                return .failure(
                    "\(remote.shownURL) holds no Steward workspace (it has no main branch): on the machine that has one, add it as a remote ('git remote add origin URL') and run 'steward sync'; nothing was made"
                )
            }
            return .failure("could not clone \(remote.shownURL): \(m); nothing was made")
        }
    }
}
