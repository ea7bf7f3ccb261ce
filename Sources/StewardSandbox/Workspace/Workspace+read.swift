import Foundation
import StewardCore
import StewardGit

/// A file as an agent or outside tool sees it.
public struct WorkspaceFile: Sendable, Hashable, Codable {
    public var path: String
    public var size: Int
    public var executable: Bool
    /// What git holds at the path: a file, a symbolic link (its size is the target's length)
    /// or a submodule (size 0; its commit is another repository's).
    public var kind: Kind = .file

    public enum Kind: String, Sendable, Hashable, Codable { case file, link, submodule }
}

extension Workspace {
    /// The tree a reader sees: pending proposal N's head, or offline proposal oJ's (so reads
    /// see the proposal's own changes), or `main`.
    func readTree(proposal ref: ProposalRef?) throws -> ObjectID {
        let r = try repo
        switch ref {
        case nil:
            return try r.commitInfo(try mainTip()).tree
        case .number(let n):
            guard let head = try r.reference(Refs.branch(n)) else {
                throw Self.notPending(try proposal(n, withStats: false), action: "read from")
            }
            return try r.commitInfo(head).tree
        case .offline(let j):
            guard let head = try r.reference(Refs.offline(j)) else { throw Self.noOffline(j) }
            return try r.commitInfo(head).tree
        }
    }

    /// Reads a file from git objects (never from disk, so no symbolic link can lead out).
    /// - Throws: `StewardError` `.refused` for a hostile path, `.notFound` when absent, and
    ///   as `file(at:in:shownAs:fix:)` when something other than a file is there.
    public func readFile(_ path: String, proposal n: Int? = nil) throws -> Data {
        try readFile(path, in: n.map(ProposalRef.number))
    }

    /// Reads a file of proposal `ref` (numbered or offline; nil: `main`), as `readFile(_:proposal:)`.
    /// - Throws: as `readFile(_:proposal:)`; `.notFound` for an offline proposal no longer here.
    public func readFile(_ path: String, in ref: ProposalRef?) throws -> Data {
        let p = try PathPolicy.lexical.check(path)
        let shown = Escape.inline(path) + (ref.map { " in proposal \($0)" } ?? " on main")
        guard let data = try file(at: p.rawValue, in: try readTree(proposal: ref), shownAs: shown) else {
            throw StewardError.notFound("there is no file \(shown)")
        }
        return data
    }

    /// The advice for a file Steward reads from `main` to do its work (steward.toml, hooks,
    /// prompts, a skill's files) when something else stands where the file should be.
    public static let replaceOnMain = "replace it with a file and commit that to main"

    /// The one way Steward reads a file by path from a tree: its bytes, or nil when nothing is
    /// at `path`. `shown` names it in messages ("steward.toml on main"); `fix` says what to
    /// do when something other than a file is there (default: what a reader can do instead).
    /// - Throws: `StewardError` saying that `shown` is a folder (`.usage`), a symbolic link or a
    ///   submodule (`.refused`) rather than a file, and what to do, never libgit2's message.
    func file(at path: String, in tree: ObjectID, shownAs shown: String, fix: String? = nil) throws -> Data? {
        let r = try repo
        guard let e = try r.entry(at: path, in: tree) else { return nil }
        switch e.mode {
        case .tree:
            throw StewardError.usage("\(shown) is a folder, not a file; \(fix ?? "list it instead")")
        case .link:
            throw StewardError.refused(
                "\(shown) is a symbolic link, not a file, and Steward does not follow links; \(fix ?? "read the file it points to instead")",
                paths: [path])
        case .commit:
            throw StewardError.refused(
                "\(shown) is a submodule (another repository), not a file, and Steward does not read submodules; \(fix ?? "read a file of this repository instead")",
                paths: [path])
        case .blob, .executable:
            return try r.readBlob(e.id)
        }
    }

    /// Files under `folder` ("" for everything), sorted by path, at most `limit`.
    public func listFiles(under folder: String = "", proposal n: Int? = nil, limit: Int = 10_000) throws -> [WorkspaceFile] {
        try listFiles(under: folder, in: n.map(ProposalRef.number), limit: limit)
    }

    /// Files under `folder` in proposal `ref` (numbered or offline; nil: `main`), as `listFiles(under:proposal:limit:)`.
    public func listFiles(under folder: String, in ref: ProposalRef?, limit: Int = 10_000) throws -> [WorkspaceFile] {
        let r = try repo
        let prefix = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        if !prefix.isEmpty { _ = try PathPolicy.lexical.check(prefix) }
        return try r.files(under: prefix, in: try readTree(proposal: ref), limit: limit).map {
            // A submodule's commit is not in this repository: it has no size here.
            let kind: WorkspaceFile.Kind =
                switch $0.entry.mode {
                case .link: .link
                case .commit: .submodule
                default: .file
                }
            return WorkspaceFile(
                path: $0.path, size: kind == .submodule ? 0 : try r.blobSize($0.entry.id), executable: $0.entry.mode == .executable, kind: kind)
        }
    }
}

/// A file that differs between two commits: its new blob, or nil when it is gone.
public struct FileChange: Sendable, Hashable {
    public var path: String
    public var blob: String?
}

extension Workspace {
    /// `main`'s tip commit.
    public func mainCommit() throws -> String { try mainTip().hex }

    /// The first commit of `main`'s first-parent history: the workspace's identity, which a
    /// shared database records and checks (spec 23.1).
    public func rootCommit() throws -> String { try repo.rootCommit(of: try mainTip()).hex }

    /// The regular files under `folders` that differ between commit `from` (nil, or a commit
    /// that no longer exists: nothing) and commit `to`. Unchanged subtrees are skipped, so the
    /// cost follows the change, not the size of the folders.
    public func changedFiles(from: String?, to: String, under folders: [String]) throws -> [FileChange] {
        let r = try repo
        guard let newID = ObjectID(hex: to) else { throw StewardError.usage("\(to) is not a commit id") }
        let newTree = try r.commitInfo(newID).tree
        let oldTree = from.flatMap(ObjectID.init(hex:)).flatMap { try? r.commitInfo($0).tree }
        var out: [FileChange] = []
        for folder in folders {
            let a = try oldTree.flatMap { try r.entry(at: folder, in: $0) }.flatMap { $0.mode == .tree ? $0.id : nil }
            let b = try r.entry(at: folder, in: newTree).flatMap { $0.mode == .tree ? $0.id : nil }
            if a == nil && b == nil { continue }
            for c in try r.changes(from: a, to: b) {
                let isFile = { (m: FileMode) in m == .blob || m == .executable }
                let newBlob = c.new.flatMap { isFile($0.mode) ? $0.id.hex : nil }
                if newBlob == nil && !(c.old.map { isFile($0.mode) } ?? false) { continue }
                out.append(FileChange(path: folder + "/" + c.path, blob: newBlob))
            }
        }
        return out
    }

    /// A blob's bytes by id.
    public func readBlob(_ hex: String) throws -> Data {
        guard let id = ObjectID(hex: hex) else { throw StewardError.usage("\(hex) is not an object id") }
        return try repo.readBlob(id)
    }
}
