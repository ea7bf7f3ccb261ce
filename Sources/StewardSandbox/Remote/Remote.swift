import Foundation
import StewardCore
import StewardGit

/// The git remote a workspace syncs with (spec 22.1): from `.steward/config.toml`'s `[remote]`
/// and the named remote of `.git/config`. No remote means one machine, as before section 22.
public struct RemoteEndpoint: Sendable, Hashable {
    /// The git remote's name (`origin`); also names the tracking namespace `refs/steward-sync/NAME/`.
    public var name: String
    /// What `git fetch`/`git push` are given.
    public var url: String
    public var connectTimeoutSeconds = 10.0
    public var idleTimeoutSeconds = 60.0
    public var quickTimeoutSeconds = 2.0
    public var graceMinutes = 60

    public init(name: String, url: String) {
        self.name = name
        self.url = url
    }

    /// The URL as shown to people and in logs: a password in it replaced by `***`.
    public var shownURL: String {
        guard let scheme = url.range(of: "://"), let at = url[scheme.upperBound...].firstIndex(of: "@") else { return url }
        let userInfo = url[scheme.upperBound..<at]
        guard let colon = userInfo.firstIndex(of: ":") else { return url }
        return String(url[..<colon]) + ":***" + String(url[at...])
    }
}

/// One ref a push changes, with its lease (spec 22.2): `new` nil deletes it; `expected` nil
/// means the ref must not exist on the remote (a create-only push).
public struct RefPush: Sendable, Hashable {
    public var ref: String
    public var new: ObjectID?
    public var expected: ObjectID?

    public init(ref: String, new: ObjectID?, expected: ObjectID?) {
        self.ref = ref
        self.new = new
        self.expected = expected
    }
}

/// Why a fetch or push did not happen (spec 22.2). Nothing changed on the remote in any case
/// (pushes are atomic).
public enum RemoteFailure: Error, Sendable, Equatable {
    /// Connect timeout, connection refused, DNS, no such repository: the remote did not answer.
    case unreachable(String)
    /// A lease failed (another machine got there first): the refs named; nothing landed.
    case leaseLost(refs: [String], message: String)
    /// The remote refused the push for another reason (a hook, permissions, no atomic support).
    case refused(refs: [String], message: String)
    /// Anything else: git's message, shown escaped after Steward's own sentence.
    case failed(String)
}

extension Refs {
    /// This machine's own audit chain (spec 22.5): ID is its machine id.
    static func trail(_ id: String) -> String { "refs/steward/trail/\(id)" }
    static let trailGlob = "refs/steward/trail/*"
    /// Where a fetch from remote R puts what it found (spec 22.3): never straight onto local refs.
    static func trackingPrefix(_ remote: String) -> String { "refs/steward-sync/\(remote)/" }
    /// The tracking ref of local `ref` for remote R: `refs/heads/main` →
    /// `refs/steward-sync/R/heads/main`, `refs/steward/x` → `refs/steward-sync/R/steward/x`.
    static func tracking(_ ref: String, remote: String) -> String {
        trackingPrefix(remote) + (ref.hasPrefix("refs/") ? String(ref.dropFirst(5)) : ref)
    }
    /// The local ref a tracking ref mirrors, or nil when `tracking` is not under R's prefix.
    static func local(ofTracking tracking: String, remote: String) -> String? {
        let prefix = trackingPrefix(remote)
        return tracking.hasPrefix(prefix) ? "refs/" + tracking.dropFirst(prefix.count) : nil
    }
}

extension Workspace {
    /// Where this machine's id lives (spec 22.1): 16 lowercase hex digits.
    nonisolated var machineIDPath: String { stateDir + "/machine-id" }

    /// This machine's id, or nil when it has none yet (a workspace that never synced).
    /// - Throws: `StewardError.failure` naming the file when it holds anything but 16 hex digits.
    public nonisolated func machineID() throws -> String? {
        guard let data = FileManager.default.contents(atPath: machineIDPath) else { return nil }
        let id = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard id.count == 16, id.allSatisfy({ $0.isHexDigit && !$0.isUppercase }) else {
            throw StewardError.failure(
                "\(machineIDPath) does not hold a machine id (16 lowercase hex digits); run 'steward doctor', which names the fix")
        }
        return id
    }

    /// A new machine id: 16 random lowercase hex digits.
    nonisolated static func randomMachineID() -> String {
        (0..<8).map { _ in String(format: "%02x", UInt8.random(in: 0...255)) }.joined()
    }

    /// This machine's id, written now (create-only) when it has none.
    public nonisolated func makeMachineID() throws -> String {
        if let id = try machineID() { return id }
        try FileManager.default.createDirectory(atPath: stateDir, withIntermediateDirectories: true)
        let id = Self.randomMachineID()
        let fd = Foundation.open(machineIDPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        if fd < 0 {
            if errno == EEXIST, let other = try machineID() { return other }  // another process won
            throw StewardError.failure("cannot write \(machineIDPath): \(String(cString: strerror(errno)))")
        }
        defer { close(fd) }
        let line = Array((id + "\n").utf8)
        guard write(fd, line, line.count) == line.count else {
            throw StewardError.failure("cannot write \(machineIDPath): \(String(cString: strerror(errno)))")
        }
        return id
    }
}
