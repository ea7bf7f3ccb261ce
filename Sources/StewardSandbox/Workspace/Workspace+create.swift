import Foundation
import StewardCore
import StewardGit

/// A file of the seed a new workspace is made from (`Seed/Files/`, embedded in the binary;
/// see `Seed.swift`).
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

    /// How large a folder `init` imports without being told to: more files or more bytes (not
    /// ignored by `.gitignore`) than this is refused unless the person says so (`init --yes`).
    public struct ImportLimit: Sendable, Hashable {
        public var files: Int
        public var bytes: Int64
        public init(files: Int, bytes: Int64) {
            self.files = files
            self.bytes = bytes
        }
        /// 100,000 files or 1 GiB.
        public static let standard = ImportLimit(files: 100_000, bytes: 1 << 30)
    }

    /// Creates a workspace in `path` (made if missing): a non-bare repository whose first
    /// commit on `main` holds the seed and whatever files the folder already had.
    /// `.steward/` is excluded from git.
    /// - Parameter importLimit: a folder holding more is refused before anything is imported;
    ///   nil imports any size.
    /// - Throws: `StewardError.refused` when `path` already is a git repository, is `/`, a
    ///   system folder, the person's home folder or one holding it (`refusedFolder`), or holds
    ///   more than `importLimit`.
    public static func create(
        at path: String, seed: [SeedFile], index: AuditIndex? = nil, by person: String, importLimit: ImportLimit? = .standard
    ) async throws -> (Workspace, Creation) {
        let root = absolute(path)
        if let reason = refusedFolder(root) { throw StewardError.refused(reason, paths: [root]) }
        let ws = Workspace(root: root, index: index)
        let creation = try await ws.initialize(seed: seed, person: person, importLimit: importLimit)
        return (ws, creation)
    }

    /// Folders that are no place for a workspace, beside `/` and the home folders: a workspace
    /// is a repository of everything in its folder. (`/root` is refused when it is home.)
    static let systemFolders = [
        "/bin", "/boot", "/dev", "/etc", "/home", "/lib", "/lib32", "/lib64", "/libx32", "/media", "/mnt", "/opt", "/proc", "/run", "/sbin", "/srv",
        "/sys", "/tmp", "/usr", "/usr/bin", "/usr/lib", "/usr/local", "/usr/sbin", "/usr/share", "/var", "/var/lib", "/var/tmp",
        "/Applications", "/Library", "/System", "/Users", "/Volumes", "/private", "/private/etc", "/private/tmp", "/private/var",
    ]

    /// Why `root` cannot be a workspace, or nil: `/`, the person's home folder (`$HOME` and the
    /// passwd entry's) or a folder that holds it, or a system folder. Compared as real paths,
    /// so `~/.`, `/home/x/../x` and a symbolic link to home are caught.
    static func refusedFolder(_ root: String, homes: [String] = homeFolders()) -> String? {
        let target = realPath(root)
        let shown = Escape.inline(root) + (target == root ? "" : " (\(Escape.inline(target)))")
        let why = "a workspace is a git repository of everything in its folder, so all of it would be committed, copied into .git and shown to agents"
        let advice = "Make a folder for Steward and use that: 'steward init ~/steward' creates one"
        if target == "/" { return "\(shown) is the root of the file system; \(why). \(advice)" }
        for home in Set(homes.map(realPath)) where home != "/" {
            if target == home { return "\(shown) is your home folder; \(why), your keys and settings too. \(advice)" }
            if home.hasPrefix(target + "/") { return "\(shown) holds your home folder \(Escape.inline(home)); \(why). \(advice)" }
        }
        if systemFolders.map(realPath).contains(target) { return "\(shown) is a system folder; \(why). \(advice)" }
        return nil
    }

    /// `$HOME` and the home folder of the passwd entry of the user running this.
    static func homeFolders() -> [String] {
        var out: [String] = []
        if let h = ProcessInfo.processInfo.environment["HOME"], h.hasPrefix("/") { out.append(h) }
        if let pw = getpwuid(getuid()), let dir = pw.pointee.pw_dir {
            let d = String(cString: dir)
            if d.hasPrefix("/") { out.append(d) }
        }
        return out
    }

    /// The path with links, `.` and `..` resolved (`realpath`); as written, standardized, when
    /// it does not exist.
    static func realPath(_ path: String) -> String {
        guard let r = realpath(path, nil) else { return (path as NSString).standardizingPath }
        defer { free(r) }
        return String(cString: r)
    }

    private func initialize(seed: [SeedFile], person: String, importLimit: ImportLimit?) throws -> Creation {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: root, isDirectory: &isDir), !isDir.boolValue {
            throw StewardError.refused("\(root) is a file, not a folder; choose another --workspace")
        }
        if GitRepository.exists(at: root) || fm.fileExists(atPath: root + "/.git") {
            throw StewardError.refused(
                "\(root) is already a git repository; Steward will not take over a repository's history and hooks. Choose an empty or plain folder (its files are imported)"
            )
        }
        let existing = ((try? fm.contentsOfDirectory(atPath: root)) ?? []).filter { $0 != ".steward" }
        let hadState = fm.fileExists(atPath: stateDir)
        var written: [String] = []
        do {
            return try build(seed: seed, person: person, existing: existing, importLimit: importLimit, written: &written)
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
            // The workspace's own repository (init makes it before looking) is not nested.
            if rel == ".git" || rel == ".steward" {
                e.skipDescendants()
                continue
            }
            if (rel as NSString).lastPathComponent == ".git" { return (rel as NSString).deletingLastPathComponent }
        }
        return nil
    }

    /// Refuses a folder holding more than `limit` that `stageAll` would import (ignore rules
    /// honoured through `r`), before anything is imported. Counting stops once past the limit,
    /// so a huge folder is refused quickly.
    func checkImportSize(_ r: GitRepository, limit: ImportLimit) throws {
        var files = 0
        var bytes: Int64 = 0
        var over = false
        try FolderWalk.walk(root) { e in
            if try e.relative == ".git" || r.isIgnored(e.relative) { return .skip }
            if e.isDirectory { return .enter }
            files += 1
            bytes += e.size
            over = files > limit.files || bytes > limit.bytes
            return over ? .stop : .enter
        }
        guard over else { return }
        let past = files > limit.files ? "more than \(WorkspaceSize.count(limit.files)) files" : "more than \(WorkspaceSize.show(limit.bytes))"
        throw StewardError.refused(
            "\(Escape.inline(root)) holds \(past) that .gitignore does not leave out (counted \(WorkspaceSize.count(files)) file\(files == 1 ? "" : "s"), "
                + "\(WorkspaceSize.show(bytes)), before stopping); init imports at most \(WorkspaceSize.count(limit.files)) files or "
                + "\(WorkspaceSize.show(limit.bytes)) without asking, since every file goes into the first commit (git keeps a second copy in .git) "
                + "and into what agents see. Leave out what need not be kept (build output, caches, media) with a .gitignore, or choose a smaller "
                + "folder; to import it all, run init again with --yes",
            paths: [root])
    }

    private func build(seed: [SeedFile], person: String, existing: [String], importLimit: ImportLimit?, written: inout [String]) throws -> Creation {
        let fm = FileManager.default
        let r = try GitRepository.create(at: root)
        repoHandle = r
        try ensureStateExcluded()
        // Measured first (with the ignore rules the import uses), so a huge folder is refused
        // before the walk for nested repositories or the import reads all of it.
        if let importLimit, !existing.isEmpty { try checkImportSize(r, limit: importLimit) }
        if let nested = Self.nestedRepository(in: root) {
            throw StewardError.refused(
                "\(root) holds another git repository at \(Escape.inline(nested)); Steward cannot import it. "
                    + "Move it out (or make it a plain folder), then run init again")
        }
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
        // A random id makes every workspace's first commit its own, even two made by one person
        // from the same files in the same second: the root commit is what a shared database
        // checks a machine's workspace by (spec 23.1).
        let commit = try r.commit(
            tree: tree, parents: [],
            message: title + "\n\n"
                + trailers([(Trailer.event, "init"), ("Steward-Initialized-By", person), ("Steward-Workspace", UUID().uuidString.lowercased())])
                + "\n",
            author: signature(person))
        try r.updateReference(Refs.main, to: commit, expected: nil, message: "steward: init")
        return Creation(root: root, commit: commit.hex, imported: existing.count, seeded: seeded)
    }
}
