import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A real HTTPS git server on 127.0.0.1 (spec 22.10): Debian's `lighttpd` with its openssl
/// module, running git's own `git http-backend` (smart HTTP) as a CGI program, started once per
/// test process on a free port, as the user running the tests. Its certificate is self-signed,
/// made by `openssl` at the start, for `127.0.0.1` only: no machine trusts it until told to
/// (`caFile`). Fetching needs no login; pushing needs HTTP basic auth as `user` with `password`
/// (git http-backend allows `receive-pack` only to a logged-in user). It stops, and its folder
/// goes, when the test process ends however it ends (`startHeldServer`).
///
/// Git reaches it with the person's own settings: `http.sslCAInfo` or `GIT_SSL_CAINFO` to trust
/// the certificate, a credential helper for the login (`credentialFile`). Steward uses whatever
/// git is given, spec 22.2.
public final class HTTPSGitServer: Sendable {
    public let port: Int
    /// The folder holding the certificate, the configuration and the repositories.
    public let folder: String
    /// The certificate to trust (the server's own, self-signed).
    public var caFile: String { folder + "/ca.pem" }
    /// The one account allowed to push.
    public let user: String
    public let password: String

    /// A bare repository the server serves.
    public struct Repository: Sendable {
        /// `https://127.0.0.1:PORT/git/NAME.git`.
        public let url: String
        /// Its folder, for checking it with the git CLI.
        public let path: String
    }

    /// The server of this test process, started at the first call. A server that cannot start
    /// is the test's failure (never a skip).
    public static func shared() throws -> HTTPSGitServer { try started.get() }

    private static let started = startWithRetries("lighttpd") { try HTTPSGitServer() }

    static let lighttpd = "/usr/sbin/lighttpd"
    static let openssl = "/usr/bin/openssl"

    private init() throws {
        let execPath = (try? gitCLI(["--exec-path"], in: "/"))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        let backend = execPath + "/git-http-backend"
        let module = "/usr/lib/lighttpd/mod_openssl.so"
        guard [Self.lighttpd, Self.openssl, backend].allSatisfy(FileManager.default.isExecutableFile(atPath:)),
            FileManager.default.fileExists(atPath: module)
        else {
            throw GitDaemonError(
                description:
                    "\(Self.lighttpd), \(module), \(Self.openssl) and \(backend) are needed for the https tests: install lighttpd, lighttpd-mod-openssl, openssl and git (scripts/setup.sh does)"
            )
        }
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("steward-https-\(UUID().uuidString)").path
        let password = "s3cret-\(UUID().uuidString.prefix(8).lowercased())"
        let port: Int
        do {
            port = try Self.prepare(in: base, backend: backend, login: ("steward", password))
        } catch {
            try? FileManager.default.removeItem(atPath: base)
            throw error
        }
        // lighttpd says "server started" on its standard error once it listens; an error
        // before that means it will not.
        try startHeldServer(
            "lighttpd", program: Self.lighttpd, arguments: ["-D", "-f", base + "/lighttpd.conf"], folder: base, port: port,
            failed: { $0.contains("error") || $0.contains("failed") })
        self.port = port
        user = "steward"
        self.password = password
        folder = base
    }

    /// Makes the certificate, the users file and `lighttpd.conf` in `base`, checks the
    /// configuration with `lighttpd -tt` (which loads the modules), and returns the free port
    /// it names.
    private static func prepare(in base: String, backend: String, login account: (user: String, password: String)) throws -> Int {
        try FileManager.default.createDirectory(atPath: base + "/repos", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: base + "/www", withIntermediateDirectories: true)
        _ = try SSHServer.tool(
            openssl,
            [
                "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2", "-subj",
                "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", base + "/key.pem", "-out", base + "/ca.pem",
            ])
        // mod_authn_file's "plain" backend: USER:PASSWORD, one a line.
        try "\(account.user):\(account.password)\n".write(toFile: base + "/users", atomically: true, encoding: .utf8)
        let port = try freeLoopbackPort()
        // As git-http-backend(1)'s lighttpd example: /git/NAME.git is served by the backend
        // (the path after /git its PATH_INFO); a push (receive-pack, asked for in the query of
        // the first request, then posted to) needs a login, which sets REMOTE_USER.
        let login = #"auth.require = ("" => ("method" => "basic", "realm" => "steward-test", "require" => "valid-user"))"#
        let config = """
            server.modules = ("mod_openssl", "mod_alias", "mod_setenv", "mod_auth", "mod_authn_file", "mod_cgi")
            server.document-root = "\(base)/www"
            server.bind = "127.0.0.1"
            server.port = \(port)
            ssl.engine = "enable"
            ssl.pemfile = "\(base)/ca.pem"
            ssl.privkey = "\(base)/key.pem"
            alias.url = ("/git" => "\(backend)")
            $HTTP["url"] =~ "^/git/" {
                cgi.assign = ("" => "")
                setenv.set-environment = ("GIT_PROJECT_ROOT" => "\(base)/repos", "GIT_HTTP_EXPORT_ALL" => "")
            }
            auth.backend = "plain"
            auth.backend.plain.userfile = "\(base)/users"
            $HTTP["querystring"] =~ "service=git-receive-pack" {
                \(login)
            }
            $HTTP["url"] =~ "^/git/.*/git-receive-pack$" {
                \(login)
            }

            """
        try config.write(toFile: base + "/lighttpd.conf", atomically: true, encoding: .utf8)
        _ = try SSHServer.tool(lighttpd, ["-tt", "-f", base + "/lighttpd.conf"])
        return port
    }

    /// A new, empty bare repository the server serves (its `main` unborn), named uniquely.
    /// - Throws: `GitCLIError` when git cannot make it.
    public func makeRepository(_ prefix: String = "remote") throws -> Repository {
        let name = "\(prefix)-\(UUID().uuidString.prefix(8).lowercased()).git"
        _ = try gitCLI(["init", "--quiet", "--bare", "--initial-branch=main", name], in: folder + "/repos")
        return Repository(url: "https://127.0.0.1:\(port)/git/\(name)", path: folder + "/repos/" + name)
    }

    /// Writes, at `path`, a file for git's `credential.helper "store --file=PATH"` holding this
    /// server's login (`password` nil: this one), as `git credential approve` would.
    public func writeCredentials(to path: String, password: String? = nil) throws {
        try "https://\(user):\(password ?? self.password)@127.0.0.1%3a\(port)\n".write(toFile: path, atomically: true, encoding: .utf8)
    }
}
