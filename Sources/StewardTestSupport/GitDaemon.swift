import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A real `git daemon` on 127.0.0.1 (spec 22.10), started once per test process on a free port
/// and serving fresh bare repositories over `git://`, pushes included. It stops, and its
/// folder goes, when the test process ends however it ends: a shell holds it and waits on a
/// pipe only this process writes to.
public final class GitDaemon: Sendable {
    public let port: Int
    /// The folder the daemon serves (`--base-path`).
    public let basePath: String

    /// A bare repository the daemon serves.
    public struct Repository: Sendable {
        /// `git://127.0.0.1:PORT/NAME.git`.
        public let url: String
        /// Its folder, for checking it with the git CLI.
        public let path: String
    }

    /// The daemon of this test process, started at the first call. A daemon that cannot
    /// start is the test's failure (never a skip).
    public static func shared() throws -> GitDaemon { try started.get() }

    private static let started = startWithRetries("git daemon") { try GitDaemon() }

    private init() throws {
        let execPath = (try? gitCLI(["--exec-path"], in: "/"))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        guard !execPath.isEmpty, FileManager.default.isExecutableFile(atPath: execPath + "/git-daemon") else {
            throw GitDaemonError(description: "git daemon is not installed (it is in Debian's git package; scripts/setup.sh installs it)")
        }
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("steward-git-daemon-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        let port = try freeLoopbackPort()
        try startHeldServer(
            "git daemon", program: execPath + "/git-daemon",
            arguments: [
                "--reuseaddr", "--listen=127.0.0.1", "--port=\(port)", "--base-path=\(base)", "--export-all", "--enable=receive-pack",
                "--informative-errors", base,
            ], folder: base, port: port, failed: { $0.contains("fatal") })
        self.port = port
        basePath = base
    }

    /// A new, empty bare repository served by the daemon (its `main` unborn), named uniquely.
    /// - Throws: `GitCLIError` when git cannot make it.
    public func makeRepository(_ prefix: String = "remote") throws -> Repository {
        let name = "\(prefix)-\(UUID().uuidString.prefix(8).lowercased()).git"
        _ = try gitCLI(["init", "--quiet", "--bare", "--initial-branch=main", name], in: basePath)
        return Repository(url: "git://127.0.0.1:\(port)/\(name)", path: basePath + "/" + name)
    }
}

public struct GitDaemonError: Error, CustomStringConvertible, Sendable {
    public let description: String
}

/// A TCP listener on 127.0.0.1 that never accepts: the kernel completes the connection, and
/// nothing is ever read or answered (a remote that stopped answering).
public final class SilentServer: Sendable {
    public let port: Int
    private let fd: Int32

    public init() throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw GitDaemonError(description: "socket: \(String(cString: strerror(errno)))") }
        do {
            port = try bindLoopback(fd)
        } catch {
            close(fd)
            throw error
        }
        guard listen(fd, 16) == 0 else {
            close(fd)
            throw GitDaemonError(description: "listen: \(String(cString: strerror(errno)))")
        }
    }

    deinit { close(fd) }
}

/// A loopback port nothing listens on now (bound, then closed): a connection there is refused.
public func freeLoopbackPort() throws -> Int {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { throw GitDaemonError(description: "socket: \(String(cString: strerror(errno)))") }
    defer { close(fd) }
    return try bindLoopback(fd)
}

/// Binds `fd` to 127.0.0.1 on a port the system picks, and returns the port.
func bindLoopback(_ fd: Int32) throws -> Int {
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = 0
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) { p in
        p.withMemoryRebound(to: sockaddr.self, capacity: 1) { sa in
            bind(fd, sa, length) == 0 && getsockname(fd, sa, &length) == 0
        }
    }
    guard bound else { throw GitDaemonError(description: "bind 127.0.0.1: \(String(cString: strerror(errno)))") }
    return Int(UInt16(bigEndian: address.sin_port))
}

/// Whether something accepts a TCP connection on 127.0.0.1:`port` now.
func canConnect(_ port: Int) -> Bool {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { return false }
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = UInt16(port).bigEndian
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    return withUnsafePointer(to: &address) { p in
        p.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
    }
}
