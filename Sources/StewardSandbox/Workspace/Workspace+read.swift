import Foundation
import StewardCore
import StewardGit

/// A file as an agent or outside tool sees it.
public struct WorkspaceFile: Sendable, Hashable, Codable {
    public var path: String
    public var size: Int
    public var executable: Bool
}

extension Workspace {
    /// The tree a reader sees: pending proposal N's head (so reads see the proposal's own
    /// changes), or `main`.
    func readTree(proposal n: Int?) throws -> ObjectID {
        let r = try repo
        guard let n else { return try r.commitInfo(try mainTip()).tree }
        guard let head = try r.reference(Refs.branch(n)) else {
            throw Self.notPending(try proposal(n, withStats: false), action: "read from")
        }
        return try r.commitInfo(head).tree
    }

    /// Reads a file from git objects (never from disk, so no symbolic link can lead out).
    /// - Throws: `StewardError` `.refused` for a hostile path, `.notFound` when absent.
    public func readFile(_ path: String, proposal n: Int? = nil) throws -> Data {
        let p = try PathPolicy.lexical.check(path)
        let r = try repo
        guard let e = try r.entry(at: p.rawValue, in: try readTree(proposal: n)) else {
            throw StewardError.notFound("there is no file \(Escape.inline(path))\(n.map { " in proposal #\($0)" } ?? " on main")")
        }
        switch e.mode {
        case .tree: throw StewardError.usage("\(Escape.inline(path)) is a folder; list it instead")
        case .link: throw StewardError.refused("\(Escape.inline(path)) is a symbolic link; Steward does not follow links", paths: [path])
        case .commit: throw StewardError.refused("\(Escape.inline(path)) is a submodule", paths: [path])
        default: return try r.readBlob(e.id)
        }
    }

    /// Files under `folder` ("" for everything), sorted by path, at most `limit`.
    public func listFiles(under folder: String = "", proposal n: Int? = nil, limit: Int = 10_000) throws -> [WorkspaceFile] {
        let r = try repo
        let prefix = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        if !prefix.isEmpty { _ = try PathPolicy.lexical.check(prefix) }
        return try r.files(under: prefix, in: try readTree(proposal: n), limit: limit).map {
            WorkspaceFile(path: $0.path, size: try r.blobSize($0.entry.id), executable: $0.entry.mode == .executable)
        }
    }
}
