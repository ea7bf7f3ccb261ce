import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Starts a server program that listens on 127.0.0.1:`port` and lives exactly as long as this
/// test process, however it ends (`GitDaemon`, `SSHServer`): a shell runs it in the background
/// with its standard error in `FOLDER.log`, then waits on a pipe only this process writes to;
/// when this process is gone the pipe closes, and the shell kills the server and removes
/// `folder` and the log. Returns once the port accepts connections.
///
/// SIGKILL and no waiting for a child: the test process blocks most signals (SIGTERM,
/// SIGCHLD), and its children inherit that mask. The program itself, not a wrapper, must be
/// the one that listens (it is the one killed).
/// - Parameters:
///   - failed: whether what the program wrote to its standard error so far means it will not
///     start (checked while the port does not answer yet).
/// - Throws: `GitDaemonError` with the program's log when it does not answer within 15 s.
func startHeldServer(_ name: String, program: String, arguments: [String], folder: String, port: Int, failed: (String) -> Bool) throws {
    let log = folder + ".log"
    let shell = Process()
    shell.executableURL = URL(fileURLWithPath: "/bin/sh")
    shell.arguments =
        ["-c", "b=$1; shift; \"$0\" \"$@\" 2>\"$b.log\" & d=$!; read _; kill -9 $d; exec rm -rf \"$b\" \"$b.log\"", program, folder] + arguments
    let keepAlive = Pipe()
    // Only the shell holds the read end; no program started later may hold the write end.
    _ = fcntl(keepAlive.fileHandleForWriting.fileDescriptor, F_SETFD, FD_CLOEXEC)
    shell.standardInput = keepAlive
    // Not the test process's stdout/stderr: whoever reads them would wait for the shell.
    shell.standardOutput = FileHandle.nullDevice
    shell.standardError = FileHandle.nullDevice
    try shell.run()
    let deadline = Date().addingTimeInterval(15)
    while !canConnect(port) {
        let said = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        guard shell.isRunning, !failed(said), Date() < deadline else {
            // The shell reads end of file and stops the server.
            try? keepAlive.fileHandleForWriting.close()
            throw GitDaemonError(description: "\(name) on port \(port) does not accept connections: \(said)")
        }
        usleep(20_000)
    }
    // The write end stays open, unreferenced, for the life of this process.
    _ = Unmanaged.passRetained(keepAlive)
}

/// `make()`'s server, tried up to 5 times (a free port found may be taken before the server
/// binds it); every failure's message when none started.
func startWithRetries<Server>(_ name: String, _ make: () throws -> Server) -> Result<Server, GitDaemonError> {
    var failures: [String] = []
    for _ in 0..<5 {
        do { return .success(try make()) } catch { failures.append("\(error)") }
    }
    return .failure(GitDaemonError(description: "\(name) did not start (5 tries): " + failures.joined(separator: " / ")))
}
