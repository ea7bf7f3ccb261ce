import CLibgit2
import Foundation

/// What `pack()` did: counts of objects and files, for `steward gc`.
public struct PackResult: Sendable, Hashable, Codable {
    /// Objects written into the new pack (every object reachable from a ref or HEAD); 0 when
    /// nothing was packed.
    public var packedObjects = 0
    /// Loose objects removed because the new pack holds them.
    public var removedLoose = 0
    /// Loose objects kept: no ref reaches them (written by a command still running, or left
    /// behind); `pack` never deletes them (`steward gc` then prunes those past the grace
    /// period with `git prune`).
    public var keptLoose = 0
    /// Older packs removed: the new pack holds every object they held, or those it lacks were
    /// written out as loose objects first (and counted in `keptLoose`).
    public var removedPacks = 0
    /// False when the repository was already packed (a pack there holds exactly the objects
    /// a ref or HEAD reaches): no pack was added.
    public var packed = false
    /// The base name ("pack-…") of the pack holding every object a ref or HEAD reaches (the
    /// new one, or the same one already there); nil when no ref reaches anything.
    public var pack: String?

    public init() {}
}

extension GitRepository {
    /// Packs the repository, as `git repack -a -d` followed by `git prune-packed` and
    /// `git pack-refs --all`, without deleting anything the new pack does not hold: writes one
    /// pack of every object reachable from every ref (branches, tags, `refs/steward/*`: the
    /// archives, the audit trail, the decision refs) and from HEAD into `objects/pack`; then
    /// removes the loose objects that pack holds and the older packs (the objects an older
    /// pack holds and the new one lacks written out loose first, with that pack's time), and
    /// packs the refs. Loose objects no ref reaches stay as they are. A repository
    /// already packed (a pack holding exactly the reachable objects) is left alone. The
    /// caller keeps other writers out (Steward's main lock). With `leavingOlderPacks`, older
    /// packs and the loose objects the new pack lacks are left for the caller (`steward gc`
    /// gives them to git's cruft pack) and only the loose objects the pack holds are removed.
    public func pack(leavingOlderPacks: Bool = false) throws -> PackResult {
        var result = PackResult()
        let packDir = gitdir + "objects/pack"
        var builder: OpaquePointer?
        try check(git_packbuilder_new(&builder, handle), "start a pack")
        defer { git_packbuilder_free(builder) }
        git_packbuilder_set_threads(builder, 1)
        var walk: OpaquePointer?
        try check(git_revwalk_new(&walk, handle), "start a walk of the history")
        defer { git_revwalk_free(walk) }
        // Every ref: a commit goes into the walk; anything else (a tag object, a tree or blob
        // a ref names) with everything it reaches.
        var pushed = 0
        try forEachReference { ref in
            let name = String(cString: git_reference_name(ref))
            var resolved: OpaquePointer?
            // A symbolic ref to a missing branch reaches nothing.
            guard git_reference_resolve(&resolved, ref) == 0 else { return }
            defer { git_reference_free(resolved) }
            guard var oid = git_reference_target(resolved)?.pointee else { return }
            var object: OpaquePointer?
            try check(git_object_lookup(&object, handle, &oid, GIT_OBJECT_ANY), "read \(name)")
            let type = git_object_type(object)
            git_object_free(object)
            if type == GIT_OBJECT_COMMIT {
                try check(git_revwalk_push(walk, &oid), "walk \(name)")
                pushed += 1
            } else {
                try check(git_packbuilder_insert_recur(builder, &oid, nil), "pack \(name)")
            }
        }
        // HEAD: a detached one names a commit no ref may reach; an unborn HEAD, or one naming
        // a branch that does not exist, reaches nothing.
        var headID = git_oid()
        if git_reference_name_to_id(&headID, handle, "HEAD") == 0 {
            var object: OpaquePointer?
            if git_object_lookup(&object, handle, &headID, GIT_OBJECT_COMMIT) == 0 {
                git_object_free(object)
                try check(git_revwalk_push(walk, &headID), "walk HEAD")
                pushed += 1
            }
        }
        if pushed > 0 { try check(git_packbuilder_insert_walk(builder, walk), "pack the history") }
        let count = git_packbuilder_object_count(builder)

        let before = Self.packNames(in: packDir)
        let loose = looseObjects()
        if count == 0 {
            result.keptLoose = loose.count
            return result
        }
        // Written apart first, then moved in (the index last, as git does, so the pack is
        // whole when readers see it), unless a pack there holds exactly what it holds: then
        // the repository is already packed and nothing moves.
        let fm = FileManager.default
        let tmp = packDir + "/.steward-gc-\(getpid())"
        // One left by a gc that was stopped (the caller's lock keeps another gc out).
        for f in (try? fm.contentsOfDirectory(atPath: packDir)) ?? [] where f.hasPrefix(".steward-gc-") {
            try? fm.removeItem(atPath: packDir + "/" + f)
        }
        try fm.createDirectory(atPath: tmp, withIntermediateDirectories: true)
        defer { try? fm.removeItem(atPath: tmp) }
        try check(git_packbuilder_write(builder, tmp, 0, nil, nil), "write the pack")
        guard let cname = git_packbuilder_name(builder) else {
            throw GitError(code: .other, operation: "write the pack", message: "libgit2 gave the pack no name")
        }
        let name = "pack-" + String(cString: cname)
        let inPack = try Self.packIndexIDs(tmp + "/" + name + ".idx")
        let same = before.first { (try? Self.packIndexIDs(packDir + "/" + $0 + ".idx")) == inPack }
        if same == nil {
            let files = try fm.contentsOfDirectory(atPath: tmp).filter { $0.hasPrefix(name + ".") }
            for f in files.filter({ !$0.hasSuffix(".idx") }) + files.filter({ $0.hasSuffix(".idx") }) {
                guard rename(tmp + "/" + f, packDir + "/" + f) == 0 else {
                    throw GitError(code: .other, operation: "move the new pack into \(packDir)", message: String(cString: strerror(errno)))
                }
            }
            result.packed = true
            result.packedObjects = inPack.count
        }
        result.pack = same ?? name
        // Loose objects the new pack (or the same one already there) holds, never another.
        for (id, path) in loose {
            if inPack.contains(id) {
                if unlink(path) == 0 { result.removedLoose += 1 }
            } else {
                result.keptLoose += 1
            }
        }
        for dir in Set(loose.map { ($0.1 as NSString).deletingLastPathComponent }) { rmdir(dir) }  // only when empty
        // Older packs (a pack with a .keep file is left alone): the objects the new one lacks
        // (no ref reaches them) are first written out as loose objects, kept like any other,
        // so no older pack stays only for them beside a pack of everything else. They keep the
        // pack's time, as git's repack does (`loosen_unused_packed_objects`): a prune's grace
        // period counts from when that pack was written or last found holding an object a
        // writer wanted (libgit2 and git then touch the pack), not from this gc. A pack touched
        // while they were written out gives them the time of now.
        for old in before where old != name && old != same && !leavingOlderPacks {
            let base = packDir + "/" + old
            guard !FileManager.default.fileExists(atPath: base + ".keep"), let ids = try? Self.packIndexIDs(base + ".idx") else { continue }
            let outside = ids.subtracting(inPack)
            if !outside.isEmpty {
                let packTime = Self.modificationTime(base + ".pack")
                guard (try? writeLoose(outside, dated: packTime)) != nil else { continue }
                if let packTime, Self.modificationTime(base + ".pack").map({ $0 > packTime }) ?? true {
                    for id in outside { Self.setModificationTime(looseObjectPath(id), to: nil) }
                }
                result.keptLoose += outside.subtracting(loose.map(\.0)).count
            }
            for ext in [".pack", ".idx", ".rev", ".bitmap", ".mtimes"] { unlink(base + ext) }
            result.removedPacks += 1
        }
        var odb: OpaquePointer?
        if git_repository_odb(&odb, handle) == 0 {
            git_odb_refresh(odb)
            git_odb_free(odb)
        }
        try packRefs()
        return result
    }

    /// Writes the objects `ids` (hex, readable from the object database) as loose objects,
    /// through libgit2's loose backend alone (the whole database would find them in their
    /// pack and write nothing). Each is written to a temporary file and renamed, fsynced.
    /// With `dated`, each file's time is set to it, or kept when the object was already
    /// loose with a later time (an object never looks older than it was).
    func writeLoose(_ ids: Set<String>, dated: Double? = nil) throws {
        var odb: OpaquePointer?
        try check(git_repository_odb(&odb, handle), "open the object database")
        defer { git_odb_free(odb) }
        var looseDB: OpaquePointer?
        try check(git_odb_new(&looseDB), "open the loose object store")
        defer { git_odb_free(looseDB) }
        var backend: OpaquePointer?
        try check(git_odb_backend_loose(&backend, gitdir + "objects", -1, 1, 0, 0), "open the loose object store")
        try check(git_odb_add_backend(looseDB, backend, 1), "open the loose object store")
        for hex in ids.sorted() {
            guard var oid = ObjectID(hex: hex)?.raw else { continue }
            var object: OpaquePointer?
            try check(git_odb_read(&object, odb, &oid), "read object \(hex)")
            defer { git_odb_object_free(object) }
            let path = looseObjectPath(hex)
            let already = Self.modificationTime(path)
            var written = git_oid()
            try check(
                git_odb_write(&written, looseDB, git_odb_object_data(object), git_odb_object_size(object), git_odb_object_type(object)),
                "write object \(hex) loose")
            if let dated { Self.setModificationTime(path, to: max(dated, already ?? dated)) }
        }
    }

    /// The path of loose object `hex` (`objects/XX/…`), whether or not it exists.
    func looseObjectPath(_ hex: String) -> String {
        gitdir + "objects/" + hex.prefix(2) + "/" + hex.dropFirst(2)
    }

    /// A file's modification time in seconds since 1970, nil when it cannot be read.
    static func modificationTime(_ path: String) -> Double? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return Double(st.st_mtim.tv_sec) + Double(st.st_mtim.tv_nsec) / 1e9
    }

    /// Sets a file's access and modification times to `seconds` (nil: now). Best effort: a
    /// file that is gone is left so.
    static func setModificationTime(_ path: String, to seconds: Double?) {
        guard let seconds else {
            _ = utimensat(AT_FDCWD, path, nil, 0)
            return
        }
        let whole = seconds.rounded(.down)
        let time = timespec(tv_sec: Int(whole), tv_nsec: Int((seconds - whole) * 1e9))
        _ = utimensat(AT_FDCWD, path, [time, time], 0)
    }

    /// The loose objects: id (hex) and path of each `objects/XX/…` file.
    func looseObjects() -> [(String, String)] {
        let objects = gitdir + "objects"
        var out: [(String, String)] = []
        for dir in (try? FileManager.default.contentsOfDirectory(atPath: objects)) ?? [] where dir.count == 2 && dir.allSatisfy(\.isHexDigit) {
            for file in (try? FileManager.default.contentsOfDirectory(atPath: objects + "/" + dir)) ?? []
            where file.count == 38 && file.allSatisfy(\.isHexDigit) {
                out.append(((dir + file).lowercased(), objects + "/" + dir + "/" + file))
            }
        }
        return out
    }

    /// The packs' base names ("pack-…") in `dir`: those with both a `.pack` and an `.idx`.
    static func packNames(in dir: String) -> [String] {
        let files = Set((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? [])
        return files.filter { $0.hasPrefix("pack-") && $0.hasSuffix(".pack") }.map { String($0.dropLast(5)) }
            .filter { files.contains($0 + ".idx") }.sorted()
    }

    /// The object ids (hex) a pack index (version 2) lists.
    public static func packIndexIDs(_ path: String) throws -> Set<String> {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let bad = GitError(code: .other, operation: "read \(path)", message: "not a version 2 pack index")
        guard data.count >= 8 + 1024, data.prefix(4) == Data([0xFF, 0x74, 0x4F, 0x63]), data[data.startIndex + 7] == 2 else { throw bad }
        let bytes = [UInt8](data)
        let n = Int(bytes[8 + 1020]) << 24 | Int(bytes[8 + 1021]) << 16 | Int(bytes[8 + 1022]) << 8 | Int(bytes[8 + 1023])
        guard bytes.count >= 8 + 1024 + n * 20 else { throw bad }
        let hexDigits = Array("0123456789abcdef".utf8)
        var out = Set<String>(minimumCapacity: n)
        for i in 0..<n {
            let start = 8 + 1024 + i * 20
            var hex = [UInt8](repeating: 0, count: 40)
            for j in 0..<20 {
                hex[2 * j] = hexDigits[Int(bytes[start + j] >> 4)]
                hex[2 * j + 1] = hexDigits[Int(bytes[start + j] & 0xF)]
            }
            out.insert(String(decoding: hex, as: UTF8.self))
        }
        return out
    }
}
