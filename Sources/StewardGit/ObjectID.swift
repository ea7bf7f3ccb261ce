import CLibgit2

/// A git object id (SHA-1), copied out of libgit2.
public struct ObjectID: Hashable, Sendable, CustomStringConvertible, Comparable {
    var raw: git_oid

    init(_ raw: git_oid) { self.raw = raw }

    /// Parses 40 hex digits.
    public init?(hex: String) {
        guard hex.utf8.count == 40, hex.utf8.allSatisfy({ ($0 >= 48 && $0 <= 57) || ($0 >= 97 && $0 <= 102) }) else { return nil }
        var oid = git_oid()
        guard git_oid_fromstr(&oid, hex) == 0 else { return nil }
        raw = oid
    }

    public var hex: String {
        var copy = raw
        var buf = [CChar](repeating: 0, count: 41)
        git_oid_tostr(&buf, 41, &copy)
        return String(decoding: buf.prefix(40).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    public var short: String { String(hex.prefix(10)) }
    public var description: String { hex }

    public static func == (a: ObjectID, b: ObjectID) -> Bool {
        var x = a.raw
        var y = b.raw
        return git_oid_equal(&x, &y) != 0
    }

    public func hash(into hasher: inout Hasher) {
        withUnsafeBytes(of: raw) { hasher.combine(bytes: $0) }
    }

    public static func < (a: ObjectID, b: ObjectID) -> Bool {
        var x = a.raw
        var y = b.raw
        return git_oid_cmp(&x, &y) < 0
    }
}

/// What kind of thing a tree entry holds.
public enum FileMode: UInt32, Sendable, Hashable {
    case blob = 0o100644
    case executable = 0o100755
    case link = 0o120000
    case tree = 0o040000
    case commit = 0o160000

    init(_ m: git_filemode_t) { self = FileMode(rawValue: m.rawValue) ?? .blob }
    var git: git_filemode_t { git_filemode_t(rawValue: rawValue) }
}

/// A tree entry: its object and mode.
public struct TreeEntry: Hashable, Sendable {
    public let id: ObjectID
    public let mode: FileMode
    public init(id: ObjectID, mode: FileMode) {
        self.id = id
        self.mode = mode
    }
}

/// One changed path between two trees (`old == nil`: added; `new == nil`: deleted).
public struct TreeChange: Hashable, Sendable {
    public let path: String
    public let old: TreeEntry?
    public let new: TreeEntry?
    public init(path: String, old: TreeEntry?, new: TreeEntry?) {
        self.path = path
        self.old = old
        self.new = new
    }
}

/// A commit's metadata, copied out of libgit2.
public struct CommitInfo: Sendable, Hashable {
    public let id: ObjectID
    public let tree: ObjectID
    public let parents: [ObjectID]
    public let message: String
    public let authorName: String
    public let authorEmail: String
    /// Seconds since 1970.
    public let time: Int64

    /// `Key: value` trailers from the last paragraph of the message.
    public var trailers: [String: String] { Trailers.parse(message) }
    public var subject: String { String(message.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first ?? "") }
}

/// A person or program that signs a commit.
public struct Signature: Sendable, Hashable {
    public let name: String
    public let email: String
    public let time: Int64
    public init(name: String, email: String, time: Int64) {
        self.name = name
        self.email = email
        self.time = time
    }
}

/// Git-style message trailers (`Steward-Proposal: 3`).
public enum Trailers {
    public static func parse(_ message: String) -> [String: String] {
        let paragraphs = message.trimmingTrailingNewlines().components(separatedBy: "\n\n")
        guard paragraphs.count > 1, let last = paragraphs.last else { return [:] }
        var out: [String: String] = [:]
        for line in last.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { return [:] }
            let key = line[..<colon]
            guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) else { return [:] }
            out[String(key)] = String(line[line.index(after: colon)...].drop(while: { $0 == " " }))
        }
        return out
    }

    /// Formats trailers; values are made single-line so they cannot forge other trailers.
    public static func format(_ pairs: [(String, String)]) -> String {
        pairs.map { "\($0.0): \(oneLine($0.1))" }.joined(separator: "\n")
    }

    public static func oneLine(_ s: String) -> String {
        s.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
    }
}

extension String {
    func trimmingTrailingNewlines() -> String {
        var s = Substring(self)
        while s.last == "\n" { s = s.dropLast() }
        return String(s)
    }
}
