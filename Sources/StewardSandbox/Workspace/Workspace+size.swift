import Foundation
import StewardCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How much disk a workspace takes, by part (`steward doctor`'s note and the dashboard's models
/// page). Bytes are the files' sizes as `lstat` gives them (`ls -l`; `du` counts whole blocks,
/// so it says a little more, most for many small loose objects).
public struct WorkspaceSize: Sendable, Hashable, Codable {
    /// A number of files (or objects, or packs) and the bytes they hold.
    public struct Part: Sendable, Hashable, Codable {
        public var count: Int
        public var bytes: Int64
        public init(count: Int = 0, bytes: Int64 = 0) {
            self.count = count
            self.bytes = bytes
        }
        mutating func add(_ size: Int64) {
            count += 1
            bytes += size
        }
    }

    /// Loose objects: `.git/objects/XX/…`, one file each.
    public var looseObjects = Part()
    /// Packs: `count` is the `.pack` files of `.git/objects/pack`, `bytes` everything in that
    /// folder (their indexes too).
    public var packs = Part()
    /// All of `.git` (the objects above included): files and bytes.
    public var repository = Part()
    /// The checkout: every file outside `.git` and `.steward` (ignored ones too).
    public var checkout = Part()
    /// `.steward`: the store (SQLite), tokens, locks and copies.
    public var state = Part()
    /// Everything in the workspace folder.
    public var totalBytes: Int64 = 0

    public init() {}

    /// One line for people: `workspace size 12.4 MiB: git objects 11.0 MiB (1,204 loose, 2.8 MiB; 1 pack, 8.2 MiB), …`.
    public var summary: String {
        let packed = packs.count == 0 ? "no packs" : "\(Self.count(packs.count)) pack\(packs.count == 1 ? "" : "s"), \(Self.show(packs.bytes))"
        return "workspace size \(Self.show(totalBytes)): git objects \(Self.show(looseObjects.bytes + packs.bytes)) "
            + "(\(Self.count(looseObjects.count)) loose, \(Self.show(looseObjects.bytes)); \(packed)), .git in all \(Self.show(repository.bytes)); "
            + "checkout \(Self.show(checkout.bytes)) in \(Self.count(checkout.count)) file\(checkout.count == 1 ? "" : "s"); "
            + ".steward (the store) \(Self.show(state.bytes))"
    }

    /// `512 bytes`, `3.4 KiB`, `12.0 MiB`, `1.5 GiB`.
    public static func show(_ bytes: Int64) -> String {
        if bytes < 1024 { return "\(bytes) byte\(bytes == 1 ? "" : "s")" }
        let units = ["KiB", "MiB", "GiB", "TiB"]
        var value = Double(bytes) / 1024
        var unit = 0
        while value >= 1024, unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        // A whole number of units (the limits: 1 GiB) without ".0".
        let whole = bytes % (Int64(1) << (10 * Int64(unit + 1))) == 0
        return (whole ? "\(Int64(value))" : String(format: "%.1f", value)) + " " + units[unit]
    }

    /// A count with thousands separators: `100,000`.
    public static func count(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + out
    }
}

extension Workspace {
    /// The workspace's size on disk by part: one walk of the folder with `lstat` (links are not
    /// followed), no git command. Runs on the workspace's own thread.
    public func size() -> WorkspaceSize {
        Self.measureSize(of: root)
    }

    static func measureSize(of root: String) -> WorkspaceSize {
        var s = WorkspaceSize()
        FolderWalk.walk(root) { entry in
            if entry.isDirectory { return .enter }
            s.totalBytes += entry.size
            let rel = entry.relative
            if rel.hasPrefix(".git/") {
                s.repository.add(entry.size)
                let parts = rel.split(separator: "/", omittingEmptySubsequences: false)
                if parts.count == 4, parts[1] == "objects", parts[2].count == 2, parts[2].allSatisfy(\.isHexDigit) {
                    s.looseObjects.add(entry.size)
                } else if parts.count == 4, parts[1] == "objects", parts[2] == "pack" {
                    s.packs.bytes += entry.size
                    if parts[3].hasSuffix(".pack") { s.packs.count += 1 }
                }
            } else if rel.hasPrefix(".steward/") {
                s.state.add(entry.size)
            } else {
                s.checkout.add(entry.size)
            }
            return .enter
        }
        return s
    }
}

/// A walk of a folder without following symbolic links (`readdir` and `lstat`), for counting
/// files and bytes quickly.
enum FolderWalk {
    struct Entry {
        /// The path below the folder walked ("a/b.txt").
        var relative: String
        var isDirectory: Bool
        /// `st_size` of a file or link; 0 for a folder.
        var size: Int64
    }

    enum Step {
        /// Go on (into a folder).
        case enter
        /// Leave out this folder's contents.
        case skip
        /// End the walk.
        case stop
    }

    /// Calls `visit` for every folder, regular file and symbolic link below `root` (not `root`
    /// itself), a folder before its contents. Entries that cannot be read are passed over.
    static func walk(_ root: String, _ visit: (Entry) throws -> Step) rethrows {
        var folders: [String] = [""]
        while let folder = folders.popLast() {
            guard let d = opendir(folder.isEmpty ? root : root + "/" + folder) else { continue }
            var names: [String] = []
            while let ent = readdir(d) {
                let name = withUnsafePointer(to: ent.pointee.d_name) {
                    $0.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: ent.pointee.d_name)) { String(cString: $0) }
                }
                if name != "." && name != ".." { names.append(name) }
            }
            closedir(d)
            for name in names {
                let relative = folder.isEmpty ? name : folder + "/" + name
                var st = stat()
                guard lstat(root + "/" + relative, &st) == 0 else { continue }
                let type = st.st_mode & S_IFMT
                let isDirectory = type == S_IFDIR
                guard isDirectory || type == S_IFREG || type == S_IFLNK else { continue }
                switch try visit(Entry(relative: relative, isDirectory: isDirectory, size: isDirectory ? 0 : Int64(st.st_size))) {
                case .enter: if isDirectory { folders.append(relative) }
                case .skip: break
                case .stop: return
                }
            }
        }
    }
}
