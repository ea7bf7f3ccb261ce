import Foundation
import StewardCore
import Synchronization

/// The bearer tokens of one workspace, in `.steward/tokens.json` (mode 0600): the owner's
/// (every route) and any number of `agent` tokens for other tools (everything but approve,
/// reject and rollback, which only the owner may do).
public struct TokenStore: Sendable {
    public enum Scope: String, Sendable, Codable { case owner, agent }
    public struct Token: Sendable, Codable, Hashable {
        public var id: String
        public var scope: Scope
        public var label: String
        public var secret: String
        public var created: Date
    }

    public let path: String
    /// The file as last read, with its identity: `serve` checks the tokens on every request,
    /// and reads the file again only when it changed (`steward token` in another process
    /// writes a new file and renames it over the old one: a new inode).
    let cache = FileCache()

    public init(stateDir: String) { path = stateDir + "/tokens.json" }

    /// Device, inode, size, modification and change times: equal only for the same file, unchanged.
    struct FileKey: Hashable {
        var dev: UInt64, ino: UInt64, size: Int64, mtime: Int, mtimeNsec: Int, ctime: Int, ctimeNsec: Int
    }

    final class FileCache: Sendable {
        let entry = Mutex<(key: FileKey, tokens: [Token])?>(nil)
    }

    /// The tokens as the file holds them now ([] when there is none).
    public func load() throws -> [Token] {
        var st = stat()
        guard stat(path, &st) == 0 else {
            cache.entry.withLock { $0 = nil }
            return []
        }
        let key = FileKey(
            dev: UInt64(st.st_dev), ino: UInt64(st.st_ino), size: Int64(st.st_size), mtime: Int(st.st_mtim.tv_sec),
            mtimeNsec: Int(st.st_mtim.tv_nsec),
            ctime: Int(st.st_ctim.tv_sec), ctimeNsec: Int(st.st_ctim.tv_nsec))
        if let hit = cache.entry.withLock({ $0 }), hit.key == key { return hit.tokens }
        // Stat first, read second: a change in between is cached under the older key and read
        // again at the next call.
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        let dec = JSONDecoder()
        dec.dateDecodingStrategy = .iso8601
        let tokens: [Token]
        do { tokens = try dec.decode([Token].self, from: data) } catch {
            throw StewardError.failure("\(path) is not a valid token file (\(error)); remove it and run 'steward token --rotate'")
        }
        cache.entry.withLock { $0 = (key, tokens) }
        return tokens
    }

    func save(_ tokens: [Token]) throws {
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys]
        enc.dateEncodingStrategy = .iso8601
        let data = try enc.encode(tokens)
        let tmp = path + ".\(getpid()).tmp"
        let fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { throw StewardError.failure("cannot write \(tmp): \(String(cString: strerror(errno)))") }
        let ok = data.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) == $0.count }
        fchmod(fd, 0o600)
        close(fd)
        guard ok, rename(tmp, path) == 0 else { throw StewardError.failure("cannot write \(path): \(String(cString: strerror(errno)))") }
    }

    /// 32 random bytes as hex, from the system's secure generator.
    static func secret() -> String {
        var g = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &g)) }.joined()
    }

    /// The owner's token, created if there is none.
    public func owner() throws -> Token {
        var tokens = try load()
        if let t = tokens.first(where: { $0.scope == .owner }) { return t }
        let t = Token(id: "owner", scope: .owner, label: "owner", secret: "stw_" + Self.secret(), created: Date())
        tokens.append(t)
        try save(tokens)
        return t
    }

    /// Replaces the owner's token; the old one stops working at once.
    public func rotateOwner() throws -> Token {
        let tokens = try load().filter { $0.scope != .owner }
        let t = Token(id: "owner", scope: .owner, label: "owner", secret: "stw_" + Self.secret(), created: Date())
        try save(tokens + [t])
        return t
    }

    /// A new agent-scope token named `label`.
    /// - Throws: `StewardError.usage` when the label is longer than `InputLimit.tokenLabel`.
    public func addAgent(label: String) throws -> Token {
        try InputLimit.tokenLabel.check(label)
        var tokens = try load()
        let t = Token(id: "a" + String(Self.secret().prefix(8)), scope: .agent, label: label, secret: "stw_" + Self.secret(), created: Date())
        tokens.append(t)
        try save(tokens)
        return t
    }

    public func revoke(id: String) throws -> Bool {
        let tokens = try load()
        let kept = tokens.filter { $0.id != id || $0.scope == .owner }
        try save(kept)
        return kept.count != tokens.count
    }

    /// The token whose secret this is, compared in constant time.
    public static func match(_ presented: String, in tokens: [Token]) -> Token? {
        let p = Array(presented.utf8)
        var found: Token?
        for t in tokens {
            let s = Array(t.secret.utf8)
            var diff = UInt8(s.count == p.count ? 0 : 1)
            for i in 0..<min(s.count, p.count) { diff |= s[i] ^ p[i] }
            if diff == 0 { found = t }
        }
        return found
    }
}
