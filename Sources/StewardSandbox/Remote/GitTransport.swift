import Foundation
import StewardCore
import StewardGit

/// Fetches and pushes through the `git` executable (spec 22.2): libgit2 1.5 has no atomic push,
/// no lease and no connect time-out, and ignores credential helpers and `~/.ssh/config`.
/// Objects, trees, merges and local refs stay in libgit2; only the network goes through here.
///
/// Every run: `git -c protocol.ext.allow=never …` (never `--upload-pack`/`--receive-pack`),
/// `GIT_TERMINAL_PROMPT=0`, stdin at its end at once, a session of its own (no terminal for
/// git or ssh to ask on), the person's `~/.gitconfig`, credential helpers and ssh config as
/// they are. Nothing on stdout/stderr within `connectTimeoutSeconds`, or nothing for
/// `idleTimeoutSeconds`, kills the child's process group: `RemoteFailure.unreachable`.
public enum GitTransport {
    /// What a run of git gave back.
    struct Output {
        var status: Int32?
        var stdout: String
        var stderr: String
    }

    /// Runs `git ARGS… --end-of-options URL TAIL…` in `repoPath` against `remote`.
    /// - Throws: `RemoteFailure.unreachable` on a time-out or a remote that could not be
    ///   reached; `StewardError.usage` for a URL git would read as an option.
    static func run(
        _ command: String, _ options: [String], _ remote: RemoteEndpoint, tail: [String], in repoPath: String,
        progress: ((String) -> Void)? = nil
    ) throws -> Output {
        try check(remote)
        var config = ["-c", "protocol.ext.allow=never"]
        let lower = remote.url.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") {
            config += ["-c", "http.lowSpeedLimit=1", "-c", "http.lowSpeedTime=\(max(1, Int(remote.idleTimeoutSeconds.rounded(.up))))"]
        }
        let arguments = config + [command] + options + ["--end-of-options", remote.url] + tail
        // The packet trace tells the remote's answer from git's own request and from silence;
        // it is read here, never shown (`GitStderr`).
        var env = environment()
        env["GIT_TRACE_PACKET"] = "2"
        let speech = GitStderr(report: progress.map { report in { report(shown($0, remote)) } })
        let result: ProcessRunner.Result
        do {
            result = try ProcessRunner.run(
                try gitExecutable(), arguments: arguments, stdin: Data(), environment: env, directory: repoPath, timeout: .infinity,
                silence: .init(first: remote.connectTimeoutSeconds, between: remote.idleTimeoutSeconds), newSession: true,
                heard: speech.take)
        } catch let error as POSIXError {
            throw RemoteFailure.failed("could not start git (\(error.code)); install git 2.30 or later ('apt-get install git')")
        }
        speech.finish()
        let err = shown(String(decoding: speech.said, as: UTF8.self), remote)
        if result.timedOut {
            let said = err.isEmpty ? "" : "; git said: " + gitMessage(err)
            if speech.answered {
                // Connected and answered, then nothing for the idle time: busy (or stuck), and
                // maybe still applying what it was sent; not a remote that cannot be reached.
                throw RemoteFailure.failed(
                    "\(remote.name) (\(remote.shownURL)) answered, then git \(command) made no progress for \(seconds(remote.idleTimeoutSeconds)) s (stopped): it is busy or stuck, not unreachable; try again later, or allow it longer with [remote] idle_timeout_seconds in .steward/config.toml\(said)"
                )
            }
            if result.stdout.isEmpty && !speech.spoke {
                throw RemoteFailure.unreachable(
                    "could not reach \(remote.name) (\(remote.shownURL)): it did not answer within \(seconds(remote.connectTimeoutSeconds)) s")
            }
            throw RemoteFailure.unreachable(
                "\(remote.name) (\(remote.shownURL)) did not answer within \(seconds(remote.idleTimeoutSeconds)) s (git \(command) made no progress; stopped)\(said)"
            )
        }
        return Output(status: result.status, stdout: String(decoding: result.stdout, as: UTF8.self), stderr: err)
    }

    /// The failure for a git run that did not do what was asked: `.unreachable` when git says
    /// it could not reach the remote (or it holds no repository there), else `.failed`.
    static func failure(_ command: String, _ remote: RemoteEndpoint, _ output: Output) -> RemoteFailure {
        let message = gitMessage(output.stderr)
        let lower = output.stderr.lowercased()
        // The remote answered, and git was not set up to trust it or log in: the fix is on this
        // machine, not a remote to wait for (checked first: curl says "unable to access" too).
        if let advice = setupAdvice(lower) {
            return .failed("\(advice.what) \(remote.name) (\(remote.shownURL)): \(message); \(advice.fix)")
        }
        if lower.contains("returned error: 403") {
            return .failed(forbidden(command, remote, message))
        }
        if unreachableSigns.contains(where: { lower.contains($0) }) {
            return .unreachable("could not reach \(remote.name) (\(remote.shownURL)): \(message)")
        }
        let exit = output.status.map { "exit \($0)" } ?? "killed"
        // "Unable to create '…/packed-refs.lock': File exists.": a lock a stopped process left.
        let lockLeft =
            lower.contains(".lock': file exists") ? "; if no git command is running, run 'steward doctor --clear-stale-locks', then try again" : ""
        return .failed("git \(command) with \(remote.name) (\(remote.shownURL)) failed (\(exit)): \(message)\(lockLeft)")
    }

    /// What git (or ssh, curl, git daemon) says when the remote could not be reached or holds
    /// no repository at that address (LC_ALL=C: always in English).
    static let unreachableSigns = [
        "connection refused", "connection timed out", "timed out", "could not resolve", "name or service not known",
        "temporary failure in name resolution", "no route to host", "network is unreachable", "connection reset",
        "unable to connect", "unable to access", "does not appear to be a git repository", "could not read from remote repository",
        "no such repository", "repository not exported", "not found",
    ]

    /// What to do when git (curl, over https) refused the remote's certificate or had no login
    /// for it: trust the certificate, or give git's credential helper the login. Nil for any
    /// other failure. Steward never prompts (`GIT_TERMINAL_PROMPT=0`), so a missing login fails
    /// at once.
    static func setupAdvice(_ lowerStderr: String) -> (what: String, fix: String)? {
        let certificate = [
            "server certificate verification failed", "ssl certificate problem", "certificate verify failed",
            "no alternative certificate subject name matches",
        ]
        if certificate.contains(where: lowerStderr.contains) {
            return (
                "git does not trust the certificate of",
                "if it is the server's own certificate, trust it in this workspace with 'git config http.sslCAInfo /path/to/its-ca.pem' (or set GIT_SSL_CAINFO), never with http.sslVerify=false"
            )
        }
        if lowerStderr.contains("authentication failed") {
            return (
                "the login git's credential helper gave was refused by",
                "correct the login your credential helper keeps for it (a token may have expired or lack write access)"
            )
        }
        if ["could not read username", "could not read password", "terminal prompts disabled"].contains(where: lowerStderr.contains) {
            return (
                "git has no login for",
                "Steward never asks for one on the terminal: save it in a git credential helper ('git config credential.helper store', then 'git credential approve' with url=, username= and password= lines; or your forge's helper), or use an ssh URL"
            )
        }
        return nil
    }

    /// An https remote that answered HTTP 403 Forbidden: it knows the request and will not do
    /// it for this login (none, or one without the right), for a push or for any read. Never
    /// a remote that did not answer (curl says "unable to access" for it too).
    static func forbidden(_ command: String, _ remote: RemoteEndpoint, _ message: String) -> String {
        let writing = command == "push"
        return
            "\(remote.name) (\(remote.shownURL)) refused to let git \(writing ? "push to" : "read from") it (HTTP 403 Forbidden: the login git gave, or none, may not \(writing ? "push there" : "read it")): \(message); ask whoever runs it for \(writing ? "write" : "read") access for that login, or give git's credential helper a login (a token) that has it ('git credential reject' forgets the old one)"
    }

    /// git's standard error for a person: progress lines dropped, one line, escaped, at most
    /// 600 characters.
    static func gitMessage(_ stderr: String) -> String {
        let progress = ["Counting objects", "Compressing objects", "Writing objects", "Receiving objects", "Resolving deltas", "Enumerating objects"]
        let lines = stderr.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { line in !line.isEmpty && !progress.contains(where: { line.contains($0) }) && !line.hasPrefix("Total ") }
        let text = Escape.inline(lines.joined(separator: "; "))
        guard !text.isEmpty else { return "(git said nothing)" }
        return text.count > 600 ? String(text.prefix(600)) + "…" : text
    }

    /// `text` with the URL's password, wherever git echoed it, replaced as `shownURL` does.
    static func shown(_ text: String, _ remote: RemoteEndpoint) -> String {
        guard remote.shownURL != remote.url else { return text }
        var out = text.replacingOccurrences(of: remote.url, with: remote.shownURL)
        if let password = password(in: remote.url), !password.isEmpty { out = out.replacingOccurrences(of: password, with: "***") }
        return out
    }

    static func password(in url: String) -> String? {
        guard let scheme = url.range(of: "://"), let at = url[scheme.upperBound...].firstIndex(of: "@") else { return nil }
        let userInfo = url[scheme.upperBound..<at]
        return userInfo.firstIndex(of: ":").map { String(userInfo[userInfo.index(after: $0)...]) }
    }

    /// Refuses what git would read as something else than a remote: a URL starting with `-`
    /// (an option, however `--end-of-options` is honoured) or holding a control character, and
    /// a remote name that cannot name the tracking refs `refs/steward-sync/NAME/`.
    static func check(_ remote: RemoteEndpoint) throws {
        if remote.url.hasPrefix("-") || remote.url.isEmpty || remote.url.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            throw StewardError.usage(
                "the remote URL '\(Escape.inline(remote.shownURL))' is refused: a URL may not be empty, start with '-' (git would read it as an option) or hold control characters; fix [remote] url in .steward/config.toml or the remote's url in .git/config"
            )
        }
        let allowed = remote.name.utf8.allSatisfy { c in
            (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c == 46 || c == 95 || c == 45
        }
        if remote.name.isEmpty || !allowed || remote.name.hasPrefix(".") || remote.name.hasPrefix("-") || remote.name.hasSuffix(".lock")
            || remote.name.contains("..")
        {
            throw StewardError.usage(
                "the remote name '\(Escape.inline(remote.name))' is refused: Steward syncs with a remote named by letters, digits, '.', '_' and '-' (not first); rename it with 'git remote rename'"
            )
        }
    }

    /// The person's environment, with what would point git at another repository removed,
    /// no prompt on a terminal, and git's messages in English (they are read here).
    static func environment() -> [String: String] {
        var env = ProcessInfo.processInfo.environment
        for key in [
            "GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_ALTERNATE_OBJECT_DIRECTORIES", "GIT_COMMON_DIR",
            "GIT_NAMESPACE", "GIT_PREFIX", "GIT_SHALLOW_FILE", "GIT_GRAFT_FILE", "GIT_REPLACE_REF_BASE", "GIT_NO_REPLACE_OBJECTS",
            "GIT_CONFIG_PARAMETERS", "GIT_CONFIG_COUNT", "GIT_QUARANTINE_PATH",
        ] {
            env[key] = nil
        }
        env["GIT_TERMINAL_PROMPT"] = "0"
        env["LC_ALL"] = "C"
        env["LANGUAGE"] = nil
        return env
    }

    /// `git` on the PATH (the person's), else `/usr/bin/git`.
    static func gitExecutable() throws -> String {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":") where dir.hasPrefix("/") {
            let candidate = String(dir) + "/git"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/git") { return "/usr/bin/git" }
        throw RemoteFailure.failed("git is not installed, and syncing with a remote runs it; install git 2.30 or later ('apt-get install git')")
    }

    static func seconds(_ s: Double) -> String { s == s.rounded() && s < 1e9 ? String(Int(s)) : String(s) }
}
