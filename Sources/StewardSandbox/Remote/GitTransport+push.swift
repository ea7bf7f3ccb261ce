import Foundation
import StewardCore
import StewardGit

/// What an atomic push did: every ref asked for, with git's word for it.
public struct PushReport: Sendable, Hashable {
    public enum Outcome: Sendable, Hashable {
        /// Already at the value asked for (`=`).
        case upToDate
        /// Created (`*`).
        case created
        /// Moved (` ` fast-forward, `+` any other move, under its lease).
        case updated
        /// Deleted (`-`).
        case deleted
    }

    public var refs: [String: Outcome] = [:]

    public init(refs: [String: Outcome] = [:]) { self.refs = refs }
}

extension GitTransport {
    /// Pushes `updates` to `remote` in one atomic push (spec 22.2, 22.4): `git push --atomic
    /// --porcelain --no-verify --progress`, one `--force-with-lease=REF:EXPECTED` per ref
    /// (`REF:` = must not exist there), `ID:REF` to set it, `:REF` to delete it. Either every
    /// ref lands or none does. The result is read from `--porcelain`, ref by ref; the exit
    /// status alone is never trusted. An empty list is a no-op. Each `new` object must be in
    /// the repository at `repoPath`.
    /// - Throws: `RemoteFailure.leaseLost` naming the refs whose lease failed (another machine
    ///   moved or created them first); `.refused` for any other refusal, and for a remote that
    ///   cannot push atomically; `.unreachable`; `.failed`; `StewardError.usage` for a URL
    ///   starting with `-` or a name that is not a ref.
    @discardableResult
    public static func push(_ updates: [RefPush], to remote: RemoteEndpoint, in repoPath: String) throws -> PushReport {
        guard !updates.isEmpty else { return PushReport() }
        var seen = Set<String>()
        for u in updates {
            guard isPushableRef(u.ref), seen.insert(u.ref).inserted else {
                throw StewardError.usage("'\(Escape.inline(u.ref))' cannot be pushed: give each full ref name (refs/…) once")
            }
        }
        let leases = updates.map { "--force-with-lease=\($0.ref):\($0.expected?.hex ?? "")" }
        let specs = updates.map { "\($0.new?.hex ?? ""):\($0.ref)" }
        let output = try run(
            "push", ["--atomic", "--porcelain", "--no-verify", "--progress"] + leases, remote, tail: specs, in: try pusher(for: repoPath))
        let asked = updates.map(\.ref)
        if output.stderr.contains("does not support --atomic push") {
            throw RemoteFailure.refused(
                refs: asked,
                message:
                    "\(remote.name) does not support atomic pushes (git 2.4 or later on the server is needed); Steward cannot decide through it safely (nothing changed)"
            )
        }
        let lines = porcelain(output.stdout)
        guard !lines.isEmpty else { throw failure("push", remote, output) }
        var report = PushReport()
        var stale: [String] = []
        var refused: [(ref: String, reason: String)] = []
        for ref in asked {
            guard let line = lines[ref] else {
                throw RemoteFailure.failed(
                    "git push to \(remote.name) (\(remote.shownURL)) did not report \(ref); what landed is unknown until the next fetch: \(gitMessage(output.stderr))"
                )
            }
            switch line.flag {
            case "=": report.refs[ref] = .upToDate
            case "*": report.refs[ref] = .created
            case " ", "+": report.refs[ref] = .updated
            case "-": report.refs[ref] = .deleted
            default:
                if line.summary.contains("stale info") {
                    stale.append(ref)
                } else if !line.summary.contains("atomic push failed") {
                    refused.append((ref, line.summary))
                }
            }
        }
        // The remote found a ref moved between git's check and its own (another machine's push
        // in between): "cannot lock ref 'R': is at X but expected Y" (or created, or deleted
        // meanwhile), one atomic transaction.
        let lockLost = lockedRefs(output.stderr).filter(asked.contains)
        if !stale.isEmpty || !lockLost.isEmpty {
            let byRef = Dictionary(uniqueKeysWithValues: updates.map { ($0.ref, $0) })
            let said = (stale + lockLost.filter { !stale.contains($0) }).map { ref in
                byRef[ref]?.expected.map { "\(ref) is no longer at \($0.short)" } ?? "\(ref) already exists there"
            }
            throw RemoteFailure.leaseLost(
                refs: stale + lockLost.filter { !stale.contains($0) },
                message: "\(remote.name) (\(remote.shownURL)) changed first: \(said.joined(separator: "; ")); nothing was pushed")
        }
        if !refused.isEmpty || report.refs.count < asked.count {
            let named = refused.map { "\($0.ref) \(Escape.inline($0.reason))" }
            throw RemoteFailure.refused(
                refs: refused.isEmpty ? asked : refused.map(\.ref),
                message:
                    "\(remote.name) (\(remote.shownURL)) refused the push\(named.isEmpty ? "" : ": " + named.joined(separator: "; ")); nothing was pushed; git said: \(gitMessage(output.stderr))"
            )
        }
        return report
    }

    /// The repository git pushes from: `steward-push` in `repoPath`'s git folder, a bare
    /// repository without refs that borrows every object of `repoPath` (`objects/info/alternates`),
    /// made when missing or pointing elsewhere (the workspace moved); its config includes the
    /// workspace's (git's own settings for the remote: certificates, credential helpers, ssh). git 2.39's push matches
    /// each refspec and each lease against every local ref (`refname_match`, six formatted
    /// names a try), so from the workspace itself a push of B refs costs B × its refs: 9,000
    /// refs pushed in one go took 56 s, in batches of 500 70 s; from here, without local refs,
    /// 27 s (benchmarks.md). Nothing is ever written into it but these files.
    static func pusher(for repoPath: String) throws -> String {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        let gitDir = fm.fileExists(atPath: repoPath + "/.git", isDirectory: &isDir) && isDir.boolValue ? repoPath + "/.git" : repoPath
        let objects = URL(fileURLWithPath: gitDir + "/objects").standardizedFileURL.path
        let dir = gitDir + "/steward-push"
        let alternates = dir + "/objects/info/alternates"
        // The workspace's own settings (http.sslCAInfo, credential.helper, …) apply here too,
        // included first so that this one stays bare.
        let config = "[include]\n\tpath = \(gitDir)/config\n[core]\n\trepositoryformatversion = 0\n\tbare = true\n"
        if (try? String(contentsOfFile: alternates, encoding: .utf8)) == objects + "\n",
            (try? String(contentsOfFile: dir + "/config", encoding: .utf8)) == config
        {
            return dir
        }
        do {
            for sub in ["/objects/info", "/refs"] { try fm.createDirectory(atPath: dir + sub, withIntermediateDirectories: true) }
            try "ref: refs/heads/main\n".write(toFile: dir + "/HEAD", atomically: true, encoding: .utf8)
            try config.write(toFile: dir + "/config", atomically: true, encoding: .utf8)
            try (objects + "\n").write(toFile: alternates, atomically: true, encoding: .utf8)
        } catch {
            throw RemoteFailure.failed(
                "cannot prepare \(dir), which git pushes from: \(error.localizedDescription); check that \(gitDir) is writable")
        }
        return dir
    }

    /// `git push --porcelain`'s lines by destination ref: `FLAG \t FROM:TO \t SUMMARY (REASON)`.
    static func porcelain(_ stdout: String) -> [String: (flag: Character, summary: String)] {
        var lines: [String: (flag: Character, summary: String)] = [:]
        for line in stdout.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 3, fields[0].count == 1, let flag = fields[0].first, let colon = fields[1].lastIndex(of: ":") else { continue }
            lines[String(fields[1][fields[1].index(after: colon)...])] = (flag, fields[2...].joined(separator: "\t"))
        }
        return lines
    }

    /// The refs in receive-pack's "cannot lock ref 'R': is at X but expected Y", "…: reference
    /// already exists" (a create), "…: unable to resolve reference 'R'" (an update or deletion of
    /// a ref another push deleted meanwhile).
    static func lockedRefs(_ stderr: String) -> [String] {
        var refs: [String] = []
        var rest = Substring(stderr)
        while let r = rest.range(of: "cannot lock ref '") {
            rest = rest[r.upperBound...]
            guard let end = rest.firstIndex(of: "'") else { break }
            let tail = rest[end...].prefix(while: { !$0.isNewline })
            if tail.contains("but expected") || tail.contains("reference already exists") || tail.contains("unable to resolve reference") {
                refs.append(String(rest[..<end]))
            }
            rest = rest[end...]
        }
        return refs
    }

    /// A full ref name git takes as a push destination as it is.
    static func isPushableRef(_ ref: String) -> Bool {
        ref.hasPrefix("refs/") && !ref.hasSuffix("/") && !ref.contains("..") && !ref.contains("//") && !ref.contains("@{")
            && !ref.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F || ":?*[\\^~".unicodeScalars.contains($0) })
    }
}
