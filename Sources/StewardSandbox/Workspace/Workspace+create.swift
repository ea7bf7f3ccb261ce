import Foundation
import StewardCore
import StewardGit

/// A file of the seed a new workspace is made from (the project's `workspace/` and
/// `hooks/` folders, compiled in; see `Seed.swift`).
public struct SeedFile: Sendable, Hashable {
    public let path: String
    public let content: String
    public let executable: Bool
    public init(path: String, content: String, executable: Bool) {
        self.path = path
        self.content = content
        self.executable = executable
    }
}

extension Workspace {
    /// What `init` did.
    public struct Creation: Sendable, Hashable, Codable {
        public var root: String
        public var commit: String
        /// Files that were already in the folder and were imported as they were.
        public var imported: Int
        /// Seed files written (those that did not already exist).
        public var seeded: Int
    }

    /// Creates a workspace in `path` (made if missing): a non-bare repository whose first
    /// commit on `main` holds the seed and whatever files the folder already had.
    /// `.steward/` is excluded from git.
    /// - Throws: `StewardError.refused` when `path` already is a git repository.
    public static func create(at path: String, seed: [SeedFile], index: AuditIndex? = nil, by person: String) async throws -> (Workspace, Creation) {
        let ws = Workspace(root: absolute(path), index: index)
        let creation = try await ws.initialize(seed: seed, person: person)
        return (ws, creation)
    }

    private func initialize(seed: [SeedFile], person: String) throws -> Creation {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: root, isDirectory: &isDir), !isDir.boolValue {
            throw StewardError.refused("\(root) is a file, not a folder; choose another --workspace")
        }
        if GitRepository.exists(at: root) || fm.fileExists(atPath: root + "/.git") {
            throw StewardError.refused("\(root) is already a git repository; Steward will not take over a repository's history and hooks. Choose an empty or plain folder (its files are imported)")
        }
        let existing = ((try? fm.contentsOfDirectory(atPath: root)) ?? []).filter { $0 != ".steward" }
        if let nested = Self.nestedRepository(in: root) {
            throw StewardError.refused("\(root) holds another git repository at \(Escape.inline(nested)); Steward cannot import it. Move it out (or make it a plain folder), then run init again")
        }
        let hadState = fm.fileExists(atPath: stateDir)
        var written: [String] = []
        do {
            return try build(seed: seed, person: person, existing: existing, written: &written)
        } catch {
            // Leave the folder as it was: no half-made repository that blocks a second try.
            repoHandle = nil
            try? fm.removeItem(atPath: root + "/.git")
            if !hadState { try? fm.removeItem(atPath: stateDir) }
            for f in written.reversed() { try? fm.removeItem(atPath: f) }
            throw error
        }
    }

    /// The first folder below `root` that is itself a git repository, if any.
    static func nestedRepository(in root: String) -> String? {
        guard let e = FileManager.default.enumerator(atPath: root) else { return nil }
        while let rel = e.nextObject() as? String {
            let name = (rel as NSString).lastPathComponent
            if name == ".git" { return (rel as NSString).deletingLastPathComponent }
            if rel == ".steward" { e.skipDescendants() }
        }
        return nil
    }

    private func build(seed: [SeedFile], person: String, existing: [String], written: inout [String]) throws -> Creation {
        let fm = FileManager.default
        let r = try GitRepository.create(at: root)
        repoHandle = r
        let exclude = r.gitdir + "info/exclude"
        try fm.createDirectory(atPath: r.gitdir + "info", withIntermediateDirectories: true)
        let old = (try? String(contentsOfFile: exclude, encoding: .utf8)) ?? ""
        try (old + (old.isEmpty || old.hasSuffix("\n") ? "" : "\n") + "# Steward's local state: database, locks, token. Never committed.\n/.steward/\n")
            .write(toFile: exclude, atomically: true, encoding: .utf8)
        try fm.createDirectory(atPath: stateDir + "/locks", withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        var seeded = 0
        for f in seed {
            let full = root + "/" + f.path
            if fm.fileExists(atPath: full) { continue }
            let dir = (full as NSString).deletingLastPathComponent
            if !fm.fileExists(atPath: dir) {
                try fm.createDirectory(atPath: dir, withIntermediateDirectories: true)
                written.append(dir)
            }
            written.append(full)
            guard fm.createFile(atPath: full, contents: Data(f.content.utf8), attributes: [.posixPermissions: f.executable ? 0o755 : 0o644]) else {
                throw StewardError.failure("cannot write \(full)")
            }
            seeded += 1
        }
        let tree = try r.stageAll()
        let title = existing.isEmpty ? "Create Steward workspace" : "Import \(root) into a Steward workspace"
        let commit = try r.commit(tree: tree, parents: [], message: title + "\n\n" + Trailers.format([(Trailer.event, "init"), ("Steward-Initialized-By", person)]) + "\n", author: signature(person))
        try r.updateReference(Refs.main, to: commit, expected: nil, message: "steward: init")
        return Creation(root: root, commit: commit.hex, imported: existing.count, seeded: seeded)
    }
}
