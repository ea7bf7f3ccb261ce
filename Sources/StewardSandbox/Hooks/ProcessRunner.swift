import Foundation
import StewardCore

#if canImport(Glibc)
    import Glibc
#endif

/// Runs a program with `posix_spawn` (Foundation's `Process` costs ~50 ms a spawn on Linux),
/// feeding stdin and collecting stdout/stderr, and kills its process group at the deadline.
public enum ProcessRunner {
    public struct Result: Sendable {
        public let status: Int32?
        public let signal: Int32?
        public let timedOut: Bool
        public let stdout: Data
        public let stderr: Data
        /// Bytes the program wrote past `captureLimit` on stdout / stderr, read and dropped.
        public var stdoutDropped = 0
        public var stderrDropped = 0
        /// The program was killed because it stayed quiet too long (`Silence`); `timedOut` is true too.
        public var silent = false
    }

    /// How long a program may stay quiet before its process group is killed: `first` seconds
    /// from the start until its first byte on stdout or stderr, then `between` seconds between
    /// two reads (a network child that stopped answering, spec 22.2).
    public struct Silence: Sendable, Hashable {
        public var first: Double
        public var between: Double
        public init(first: Double, between: Double) {
            self.first = first
            self.between = between
        }
    }

    /// How much of each of stdout and stderr is kept (the rest is read, counted and dropped).
    public static let captureLimit = 1 << 20

    /// What to tell a person or a model when a stream was cut, or nil when it was not.
    public static func cutNote(_ stream: String, dropped: Int, limit: Int = captureLimit) -> String? {
        dropped > 0 ? "\(stream) was cut after \(limit) bytes; the \(dropped) bytes after that were dropped" : nil
    }

    #if os(Linux)
        private typealias AddChdir = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32
        /// glibc declares `posix_spawn_file_actions_addchdir_np` only under `_GNU_SOURCE`, which
        /// Swift's Glibc module does not set; look the symbol up instead (RTLD_DEFAULT is 0 here).
        private static let addchdir: AddChdir? = {
            guard let sym = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addchdir_np") else { return nil }
            return unsafeBitCast(sym, to: AddChdir.self)
        }()
        private typealias Pipe2 = @convention(c) (UnsafeMutablePointer<Int32>, Int32) -> Int32
        /// `pipe2`, declared only under `_GNU_SOURCE` too.
        private static let pipe2: Pipe2? = {
            dlsym(UnsafeMutableRawPointer(bitPattern: 0), "pipe2").map { unsafeBitCast($0, to: Pipe2.self) }
        }()
    #else
        /// No `pipe2` here: the ends are marked just after (a spawn in between may inherit them).
        private static let pipe2: ((UnsafeMutablePointer<Int32>, Int32) -> Int32)? = { fds, _ in
            guard pipe(fds) == 0 else { return -1 }
            _ = fcntl(fds[0], F_SETFD, FD_CLOEXEC)
            _ = fcntl(fds[1], F_SETFD, FD_CLOEXEC)
            return 0
        }
        private static let addchdir: ((UnsafeMutablePointer<posix_spawn_file_actions_t?>, UnsafePointer<CChar>) -> Int32)? =
            posix_spawn_file_actions_addchdir_np
    #endif

    /// A program that exits without reading its stdin must not kill Steward with SIGPIPE:
    /// ignore it process-wide once, and treat EPIPE as "stdin closed".
    private static let ignoreSIGPIPE: Void = { signal(SIGPIPE, SIG_IGN) }()

    /// Writes a new file for a program to be run from (a hook, a skill's script): created
    /// exclusively, never through a link, with a descriptor no program another thread starts
    /// meanwhile inherits, so the file is not held open for writing when it is executed
    /// (ETXTBSY), and with exactly `mode`, whatever the umask.
    public static func writeProgram(_ path: String, _ data: Data, mode: mode_t) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, mode)
        guard fd >= 0 else { throw StewardError.failure("cannot write \(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var written = 0
        while written < data.count {
            let n = data.withUnsafeBytes { buf in buf.baseAddress.map { write(fd, $0 + written, buf.count - written) } ?? 0 }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { throw StewardError.failure("cannot write \(path): \(String(cString: strerror(errno)))") }
            written += n
        }
        _ = fchmod(fd, mode)
    }

    /// Runs `executable` and waits for it, at most `timeout` seconds (`inf` waits for ever,
    /// in practice a year); stdout and stderr are kept up to `captureLimit` bytes each.
    /// `silence` also kills it when it stays quiet too long; `newSession` starts it in a session
    /// of its own (`setsid`: no controlling terminal, so nothing it starts can ask on one), still
    /// its own process group; `onStderr` sees each piece of stderr as it is read. `heard`, when
    /// given, says whether a piece of stderr counts as the program speaking for `silence`
    /// (without it, every byte does; stdout always does): git's packet trace of its own request
    /// is not the remote's answer (spec 22.2).
    /// - Throws: `POSIXError` when it cannot start, `StewardError.usage` for a `nan` or
    ///   negative time-out (never a trap).
    public static func run(
        _ executable: String, arguments: [String] = [], stdin: Data, environment: [String: String], directory: String, timeout: Double,
        captureLimit: Int = captureLimit, silence: Silence? = nil, newSession: Bool = false, onStderr: ((Data) -> Void)? = nil,
        heard: ((Data) -> Bool)? = nil
    ) throws -> Result {
        _ = ignoreSIGPIPE
        for t in [timeout, silence?.first ?? 0, silence?.between ?? 0] where t.isNaN || t < 0 {
            throw StewardError.usage("a time-out of \(t) s is not a time-out; give a number of seconds, 0 or more")
        }
        let timeout = min(timeout, 365 * 86_400)
        var inPipe: [Int32] = [0, 0]
        var outPipe: [Int32] = [0, 0]
        var errPipe: [Int32] = [0, 0]
        // Close-on-exec from birth, every end: a program another thread spawns meanwhile must
        // not inherit them (holding this one's stdout open would keep the read below from
        // ever seeing its end). posix_spawn's dup2 onto 0, 1 and 2 clears the flag there.
        guard let pipe2 = Self.pipe2 else { throw StewardError.failure("this C library lacks pipe2 (glibc 2.9 or newer is needed)") }
        guard pipe2(&inPipe, O_CLOEXEC) == 0, pipe2(&outPipe, O_CLOEXEC) == 0, pipe2(&errPipe, O_CLOEXEC) == 0 else {
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, inPipe[0], 0)
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)
        guard let addchdir = Self.addchdir else {
            throw StewardError.failure("this C library lacks posix_spawn_file_actions_addchdir_np (glibc 2.29 or newer is needed)")
        }
        _ = addchdir(&actions, directory)
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        // Own process group, so a time-out kills the hook and everything it started. A new
        // session makes one too (setsid; POSIX_SPAWN_SETPGROUP would then fail with EPERM).
        let group = newSession ? setsidFlag : Int32(POSIX_SPAWN_SETPGROUP)
        posix_spawnattr_setflags(&attr, Int16(group | Int32(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF)))
        posix_spawnattr_setpgroup(&attr, 0)
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attr, &noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigdefault(&attr, &defaults)

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for a in argv { free(a) }
            for e in envp { free(e) }
        }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, executable, &actions, &attr, argv, envp)
        close(inPipe[0])
        close(outPipe[1])
        close(errPipe[1])
        guard rc == 0 else {
            close(inPipe[1])
            close(outPipe[0])
            close(errPipe[0])
            throw POSIXError(POSIXErrorCode(rawValue: rc) ?? .EIO)
        }
        let deadline = Date().addingTimeInterval(timeout)
        var out = Data()
        var err = Data()
        var pending = stdin
        var inFD: Int32 = inPipe[1]
        _ = fcntl(inFD, F_SETFL, fcntl(inFD, F_GETFL) | O_NONBLOCK)
        if pending.isEmpty {
            close(inFD)
            inFD = -1
        }
        var openOut = true
        var openErr = true
        var outDropped = 0
        var errDropped = 0
        var timedOut = false
        var silent = false
        let started = Date()
        var lastRead: Date?
        var buffer = [UInt8](repeating: 0, count: 65536)
        while openOut || openErr {
            let quietUntil = silence.map { lastRead?.addingTimeInterval($0.between) ?? started.addingTimeInterval($0.first) }
            let remaining = min(deadline.timeIntervalSinceNow, quietUntil?.timeIntervalSinceNow ?? .infinity)
            if remaining <= 0 {
                timedOut = true
                silent = deadline.timeIntervalSinceNow > 0
                break
            }
            var fds = [
                pollfd(fd: openOut ? outPipe[0] : -1, events: Int16(POLLIN), revents: 0),
                pollfd(fd: openErr ? errPipe[0] : -1, events: Int16(POLLIN), revents: 0),
                pollfd(fd: inFD, events: Int16(POLLOUT), revents: 0),
            ]
            let n = poll(&fds, 3, Int32(min(remaining, 1) * 1000) + 1)
            if n < 0 && errno != EINTR { break }
            if fds[2].revents != 0, inFD >= 0 {
                let written = pending.withUnsafeBytes { write(inFD, $0.baseAddress, $0.count) }
                if written > 0 { pending.removeFirst(written) }
                if written < 0 && errno != EAGAIN || pending.isEmpty {
                    close(inFD)
                    inFD = -1
                }
            }
            for (i, fd) in [(0, outPipe[0]), (1, errPipe[0])] where fds[i].revents != 0 {
                let r = read(fd, &buffer, buffer.count)
                if r > 0 {
                    if i == 0 || heard?(Data(buffer[0..<r])) ?? true { lastRead = Date() }
                    if i == 1, let onStderr { onStderr(Data(buffer[0..<r])) }
                    // Keep up to the limit, count what is past it.
                    let kept = min(r, max(0, captureLimit - (i == 0 ? out.count : err.count)))
                    if i == 0 {
                        out.append(buffer, count: kept)
                        outDropped += r - kept
                    } else {
                        err.append(buffer, count: kept)
                        errDropped += r - kept
                    }
                } else if r == 0 || (errno != EAGAIN && errno != EINTR) {
                    if i == 0 { openOut = false } else { openErr = false }
                }
            }
        }
        if inFD >= 0 { close(inFD) }
        close(outPipe[0])
        close(errPipe[0])
        var status: Int32 = 0
        // The pipes are closed; the program may still run (it closed them itself).
        while !timedOut {
            let r = waitpid(pid, &status, WNOHANG)
            if r == pid { break }
            if r < 0 && errno != EINTR { break }
            if deadline.timeIntervalSinceNow <= 0 {
                timedOut = true
                break
            }
            usleep(2000)
        }
        if timedOut {
            kill(-pid, SIGKILL)
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        }
        // Decode the wait status (WIFEXITED/WEXITSTATUS are macros Swift cannot import).
        let termSignal = status & 0x7F
        if termSignal == 0 {
            return Result(
                status: (status >> 8) & 0xFF, signal: nil, timedOut: timedOut, stdout: out, stderr: err, stdoutDropped: outDropped,
                stderrDropped: errDropped, silent: silent)
        }
        return Result(
            status: nil, signal: termSignal, timedOut: timedOut, stdout: out, stderr: err, stdoutDropped: outDropped, stderrDropped: errDropped,
            silent: silent)
    }

    #if os(Linux)
        /// glibc's POSIX_SPAWN_SETSID (2.26 and later), declared only under `_GNU_SOURCE`.
        private static let setsidFlag: Int32 = 0x80
    #else
        private static let setsidFlag = Int32(POSIX_SPAWN_SETSID)
    #endif
}
