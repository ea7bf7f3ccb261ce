import CLibgit2
import Foundation

// What `steward gc` needs around git's cruft pack (`git repack --cruft`): which objects lie
// outside the pack of everything reachable, which are stored at all, and a cruft pack libgit2
// touched made an ordinary one.

extension GitRepository {
    /// The objects (hex ids) stored outside the pack `reachable` ("pack-…"): loose ones and
    /// those in other packs (not one with a `.keep` file), less those `reachable` holds.
    public func objectsOutside(pack reachable: String?) -> Set<String> {
        let packDir = gitdir + "objects/pack"
        var out = Set(looseObjects().map(\.0))
        for name in Self.packNames(in: packDir) where name != reachable && !FileManager.default.fileExists(atPath: packDir + "/" + name + ".keep") {
            out.formUnion((try? Self.packIndexIDs(packDir + "/" + name + ".idx")) ?? [])
        }
        if let reachable { out.subtract((try? Self.packIndexIDs(packDir + "/" + reachable + ".idx")) ?? []) }
        return out
    }

    /// Every object (hex ids) stored: loose, or in any pack.
    public func storedObjects() -> Set<String> {
        let packDir = gitdir + "objects/pack"
        var out = Set(looseObjects().map(\.0))
        for name in Self.packNames(in: packDir) { out.formUnion((try? Self.packIndexIDs(packDir + "/" + name + ".idx")) ?? []) }
        return out
    }

    /// The objects of the cruft packs (those with a `.mtimes` file, git ≥ 2.37).
    public func cruftObjects() -> Set<String> {
        let packDir = gitdir + "objects/pack"
        var out = Set<String>()
        for name in Self.packNames(in: packDir) where FileManager.default.fileExists(atPath: packDir + "/" + name + ".mtimes") {
            out.formUnion((try? Self.packIndexIDs(packDir + "/" + name + ".idx")) ?? [])
        }
        return out
    }

    /// The oldest time (seconds since 1970) a cruft pack keeps for one of its objects
    /// (`.mtimes`: a 12-byte header, one big-endian 32-bit time per object, two checksums);
    /// nil when there is no cruft pack, or none holds an object.
    public func oldestCruftTime() -> Double? {
        let packDir = gitdir + "objects/pack"
        var oldest: UInt32?
        for name in Self.packNames(in: packDir) {
            guard let data = FileManager.default.contents(atPath: packDir + "/" + name + ".mtimes"), data.count >= 52 else { continue }
            let bytes = [UInt8](data)
            for i in stride(from: 12, to: bytes.count - 40, by: 4) {
                let t = UInt32(bytes[i]) << 24 | UInt32(bytes[i + 1]) << 16 | UInt32(bytes[i + 2]) << 8 | UInt32(bytes[i + 3])
                oldest = min(oldest ?? t, t)
            }
        }
        return oldest.map(Double.init)
    }

    /// A cruft pack keeps a time per object (`.mtimes`); git, finding an object it is asked to
    /// write only there, writes it again loose, so that it is young. libgit2 1.5 does not know
    /// cruft packs: it touches the pack file instead and writes nothing. So a cruft pack whose
    /// `.pack` is newer than its `.mtimes` (by more than a second) has had an object wanted
    /// since git wrote it, and which one is not known: its `.mtimes` is removed, which makes it
    /// an ordinary pack whose objects all count as young as the pack (git reads a pack without
    /// `.mtimes` so). Returns how many were made ordinary. The caller keeps other writers out.
    public func thawTouchedCruftPacks() -> Int {
        let packDir = gitdir + "objects/pack"
        var thawed = 0
        for name in Self.packNames(in: packDir) {
            let base = packDir + "/" + name
            guard let times = Self.modificationTime(base + ".mtimes"), let pack = Self.modificationTime(base + ".pack"), pack > times + 1 else {
                continue
            }
            if unlink(base + ".mtimes") == 0 { thawed += 1 }
        }
        return thawed
    }

    /// Makes libgit2 see the packs another program (git) wrote or removed.
    public func refreshObjectDatabase() {
        var odb: OpaquePointer?
        if git_repository_odb(&odb, handle) == 0 {
            git_odb_refresh(odb)
            git_odb_free(odb)
        }
    }
}

extension GitRepository {
    /// The loose objects (hex ids).
    public func looseObjectIDs() -> Set<String> { Set(looseObjects().map(\.0)) }

    /// The base names ("pack-…") of the packs in `objects/pack`.
    public func packNames() -> [String] { Self.packNames(in: gitdir + "objects/pack") }
}
