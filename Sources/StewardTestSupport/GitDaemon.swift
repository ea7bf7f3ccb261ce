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

    private static let started: Result<GitDaemon, GitDaemonError> = {
        var failures: [String] = []
        for _ in 0..<5 {
            do { return .success(try GitDaemon()) } catch { failures.append("\(error)") }
        }
        return .failure(GitDaemonError(description: "git daemon did not start (5 tries): " + failures.joined(separator: " / ")))
    }()

    private init() throws {
        let execPath = (try? gitCLI(["--exec-path"], in: "/"))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        guard !execPath.isEmpty, FileManager.default.isExecutableFile(atPath: execPath + "/git-daemon") else {
            throw GitDaemonError(description: "git daemon is not installed (it is in Debian's git package; scripts/setup.sh installs it)")
        }
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("steward-git-daemon-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        let port = try freeLoopbackPort()
        let log = base + ".log"
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        // The daemon runs in the background; the shell waits for this process's end of the
        // pipe to close (this process exited), then stops it and removes its folder. SIGKILL
        // and no waiting for a child: the test process blocks most signals (SIGTERM, SIGCHLD),
        // and its children inherit that mask. The daemon itself, not `git daemon`'s wrapper process,
        // is the one killed.
        shell.arguments = [
            "-c", "b=$1; shift; \"$0/git-daemon\" \"$@\" 2>\"$b.log\" & d=$!; read _; kill -9 $d; exec rm -rf \"$b\" \"$b.log\"", execPath, base,
            "--reuseaddr", "--listen=127.0.0.1", "--port=\(port)", "--base-path=\(base)", "--export-all", "--enable=receive-pack",
            "--informative-errors", base,
        ]
        let keepAlive = Pipe()
        // Only the shell holds the read end; no program started later may hold the write end.
        _ = fcntl(keepAlive.fileHandleForWriting.fileDescriptor, F_SETFD, FD_CLOEXEC)
        shell.standardInput = keepAlive
        // Not the test process's stdout/stderr: whoever reads them would wait for the shell.
        shell.standardOutput = FileHandle.nullDevice
        shell.standardError = FileHandle.nullDevice
        try shell.run()
        // The write end stays open, unreferenced, for the life of this process.
        _ = Unmanaged.passRetained(keepAlive)
        let deadline = Date().addingTimeInterval(15)
        while !canConnect(port) {
            let said = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            guard shell.isRunning, !said.contains("fatal"), Date() < deadline else {
                try? keepAlive.fileHandleForWriting.close()
                throw GitDaemonError(description: "git daemon on port \(port) does not accept connections: \(said)")
            }
            usleep(20_000)
        }
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
