import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A real OpenSSH server on 127.0.0.1 (spec 22.10; Debian's `openssh-server`), started once per
/// test process on a free port, as the user running the tests, serving fresh bare repositories
/// over `ssh://` with git's own `git-upload-pack` and `git-receive-pack`. Its host key and the
/// client keys are made by `ssh-keygen` in a folder of its own; nothing of the person's
/// `~/.ssh` is read or written. It stops, and its folder goes, when the test process ends
/// however it ends (`startHeldServer`).
///
/// Git reaches it through `GIT_SSH_COMMAND` (`sshCommand`), which stands for the person's
/// own ssh settings: Steward uses whatever git and ssh are given, spec 22.2.
public final class SSHServer: Sendable {
    public let port: Int
    /// The account git logs in as: the one running the tests (root in CI).
    public let user: String
    /// The folder holding the keys, the configuration and the repositories.
    public let folder: String

    /// A bare repository the server serves.
    public struct Repository: Sendable {
        /// `ssh://USER@127.0.0.1:PORT/PATH`.
        public let url: String
        /// `USER@127.0.0.1:PATH`, git's scp-like form: no port in it, so the ssh command must
        /// carry `-p PORT`.
        public let scpURL: String
        /// Its folder, for checking it with the git CLI.
        public let path: String
    }

    /// Which key the client offers.
    public enum Key: Sendable {
        /// The key in the server's `authorized_keys`.
        case authorized
        /// A key the server does not know: refused.
        case refused
    }

    /// The server of this test process, started at the first call. A server that cannot start
    /// is the test's failure (never a skip).
    public static func shared() throws -> SSHServer { try started.get() }

    private static let started = startWithRetries("sshd") { try SSHServer() }

    static let sshd = "/usr/sbin/sshd"

    private init() throws {
        let tools = [Self.sshd, "/usr/bin/ssh-keygen", "/usr/bin/ssh"]
        guard tools.allSatisfy(FileManager.default.isExecutableFile(atPath:)) else {
            throw GitDaemonError(
                description:
                    "\(tools.joined(separator: ", ")) are needed for the ssh tests: install openssh-server and openssh-client (scripts/setup.sh does)"
            )
        }
        guard let account = getpwuid(geteuid()), let name = account.pointee.pw_name else {
            throw GitDaemonError(description: "this process's user (uid \(geteuid())) has no name in /etc/passwd; sshd logs in by name")
        }
        user = String(cString: name)
        let root = geteuid() == 0
        // Run as root, sshd refuses to start without its privilege separation folder, which
        // only Debian's service unit makes (a build-time path, no option). Run as another
        // user it separates nothing and needs none.
        if root && !FileManager.default.fileExists(atPath: "/run/sshd") {
            try FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        }
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("steward-sshd-\(UUID().uuidString)").path
        let port: Int
        let file = base + "/sshd_config"
        do {
            port = try Self.prepare(in: base, user: user, root: root)
        } catch {
            try? FileManager.default.removeItem(atPath: base)
            throw error
        }
        // LogLevel ERROR: anything sshd says before it listens means it will not.
        try startHeldServer("sshd", program: Self.sshd, arguments: ["-D", "-e", "-f", file], folder: base, port: port, failed: { !$0.isEmpty })
        self.port = port
        folder = base
    }

    /// Makes the keys, `known_hosts` and `sshd_config` in `base`, checks the configuration with
    /// `sshd -t`, and returns the free port it names.
    private static func prepare(in base: String, user: String, root: Bool) throws -> Int {
        try FileManager.default.createDirectory(atPath: base + "/repos", withIntermediateDirectories: true)
        for key in ["host", "client", "refused"] {
            _ = try tool("/usr/bin/ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", "steward-test-\(key)", "-f", base + "/" + key])
        }
        try FileManager.default.copyItem(atPath: base + "/client.pub", toPath: base + "/authorized_keys")
        let port = try freeLoopbackPort()
        // The host key, trusted for this port only ("[127.0.0.1]:PORT TYPE KEY").
        let hostKey = try String(contentsOfFile: base + "/host.pub", encoding: .utf8).split(separator: " ").prefix(2).joined(separator: " ")
        try "[127.0.0.1]:\(port) \(hostKey)\n".write(toFile: base + "/known_hosts", atomically: true, encoding: .utf8)
        // StrictModes no: the keys sit under the shared temporary folder, which sshd would
        // call unsafe. Password authentication is offered (never accepted: root may log in by
        // key only, and nobody types one) so that an ssh without a usable key would ask.
        var config = """
            Port \(port)
            ListenAddress 127.0.0.1
            HostKey "\(base)/host"
            AuthorizedKeysFile "\(base)/authorized_keys"
            AllowUsers \(user)
            PermitRootLogin \(root ? "prohibit-password" : "no")
            PubkeyAuthentication yes
            PasswordAuthentication yes
            KbdInteractiveAuthentication no
            UsePAM no
            StrictModes no
            PidFile none
            PrintMotd no
            PrintLastLog no
            AcceptEnv GIT_PROTOCOL
            MaxStartups 100
            LogLevel ERROR

            """
        let file = base + "/sshd_config"
        try config.write(toFile: file, atomically: true, encoding: .utf8)
        // OpenSSH 9.8 and later hold back a source after failed logins, which the refused-key
        // tests make on purpose; 9.2 (Debian 12) has no such option and would refuse the line.
        if (try? tool(sshd, ["-t", "-f", file, "-o", "PerSourcePenalties=no"])) != nil {
            config += "PerSourcePenalties no\n"
            try config.write(toFile: file, atomically: true, encoding: .utf8)
        }
        _ = try tool(sshd, ["-t", "-f", file])
        return port
    }

    /// A `GIT_SSH_COMMAND` for this server: `ssh -F /dev/null` (none of the person's ssh
    /// settings, no agent) with the `key`, the host key trusted (`hostKnown`) or not known at
    /// all, and `-o BatchMode=yes -o StrictHostKeyChecking=yes` unless `batchMode` is false (then
    /// ssh is as it is out of the box: it would ask for a password or about an unknown host key
    /// on a terminal). `withPort` adds `-p PORT`, which the scp-like form needs.
    public func sshCommand(key: Key = .authorized, hostKnown: Bool = true, batchMode: Bool = true, withPort: Bool = true) -> String {
        var words = ["ssh", "-F", "/dev/null"]
        if withPort { words += ["-p", String(port)] }
        words += ["-i", folder + (key == .authorized ? "/client" : "/refused"), "-o", "IdentitiesOnly=yes", "-o", "IdentityAgent=none"]
        words += ["-o", "UserKnownHostsFile=" + (hostKnown ? folder + "/known_hosts" : "/dev/null"), "-o", "GlobalKnownHostsFile=/dev/null"]
        if batchMode { words += ["-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=yes"] }
        return words.map(shellQuoted).joined(separator: " ")
    }

    /// A new, empty bare repository the server serves (its `main` unborn), named uniquely.
    /// - Throws: `GitCLIError` when git cannot make it.
    public func makeRepository(_ prefix: String = "remote") throws -> Repository {
        let name = "\(prefix)-\(UUID().uuidString.prefix(8).lowercased()).git"
        _ = try gitCLI(["init", "--quiet", "--bare", "--initial-branch=main", name], in: folder + "/repos")
        let path = folder + "/repos/" + name
        return Repository(url: "ssh://\(user)@127.0.0.1:\(port)\(path)", scpURL: "\(user)@127.0.0.1:\(path)", path: path)
    }

    /// Runs a tool to its end; its standard output, or an error with what it said.
    static func tool(_ program: String, _ arguments: [String]) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: program)
        p.arguments = arguments
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let said = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        guard p.terminationStatus == 0 else {
            throw GitDaemonError(description: "\(program) \(arguments.joined(separator: " ")) failed (exit \(p.terminationStatus)): \(said)")
        }
        return said
    }
}

/// `s` as one word for `sh`: in single quotes unless it is plain.
public func shellQuoted(_ s: String) -> String {
    let plain =
        !s.isEmpty
        && s.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "/._-=:@+,".unicodeScalars.contains($0)) }
    return plain ? s : "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
}
