import Foundation
import StewardCore

extension Workspace {
    /// What `doctor` checks of this machine's own state (spec 22.1, 22.8): `.steward/` in
    /// `.git/info/exclude` (added when missing: fixed), a machine id that is not one (a
    /// problem), and with a remote: which one (a note, its URL as `shownURL`), a password in
    /// the URL of `.git/config` (a note) and a `git` fit for syncing (a problem when missing
    /// or older than 2.30). A broken `.steward/config.toml` is reported where it is read
    /// (the doctor command), not again here. `searchPath` is where `git` is looked for (PATH).
    /// - Throws: `StewardError.failure` when `.git/info/exclude` cannot be written.
    public func machineFindings(searchPath: String? = ProcessInfo.processInfo.environment["PATH"]) throws -> [DoctorFinding] {
        var out: [DoctorFinding] = []
        if try ensureStateExcluded() {
            out.append(
                .init(
                    kind: .fixed,
                    message:
                        "added \(Self.stateExcludeLine) to .git/info/exclude, so that git add -A never takes this machine's state (its database, tokens and settings)"
                ))
        }
        if FileManager.default.fileExists(atPath: machineIDPath), (try? machineID()) == nil {
            let held = FileManager.default.contents(atPath: machineIDPath).map { String(decoding: $0.prefix(40), as: UTF8.self) } ?? ""
            out.append(
                .init(
                    kind: .problem,
                    message:
                        "\(Escape.inline(machineIDPath)) holds \"\(Escape.inline(held.trimmingCharacters(in: .whitespacesAndNewlines)))\", not a machine id (16 lowercase hex digits); put back the id this machine's commits name (their Steward-Machine trailer, e.g. git log -1 --format=%(trailers:key=Steward-Machine) on refs/steward/trail/ID), or, if it never synced, delete the file: a new id is made when one is needed"
                ))
        }
        guard let machine = try? machineConfig() else { return out }
        let endpoint: RemoteEndpoint?
        do {
            endpoint = try remote()
        } catch let e as StewardError {
            out.append(.init(kind: .problem, message: e.message))
            return out
        }
        guard let endpoint else { return out }
        let id = (try? machineID()).flatMap { $0 } ?? "none yet"
        out.append(
            .init(kind: .note, message: "remote: \(Escape.inline(endpoint.name)) at \(Escape.inline(endpoint.shownURL)); this machine's id: \(id)"))
        if machine.remote?.url == nil, let note = MachineConfig.passwordNote(endpoint.url, in: "the URL of remote '\(endpoint.name)' in .git/config")
        {
            out.append(.init(kind: .note, message: note))
        }
        if let problem = Self.gitProblem(searchPath: searchPath, remote: endpoint.name) {
            out.append(.init(kind: .problem, message: problem))
        }
        return out
    }

    /// The oldest git Steward syncs through (spec 22.2: atomic pushes with a lease per ref).
    static let minimumGit = (2, 30)

    /// Why the `git` on `searchPath` (else `fallback`) cannot carry the sync with `remote`, or
    /// nil when it can. Looked for as the transport does: the absolute folders of PATH, then
    /// `/usr/bin/git`.
    static func gitProblem(searchPath: String?, fallback: String? = "/usr/bin/git", remote: String) -> String? {
        let install = "install git \(minimumGit.0).\(minimumGit.1) or later (apt-get install git) for the user who runs Steward"
        let dirs = (searchPath ?? "").split(separator: ":").map(String.init).filter { $0.hasPrefix("/") }
        guard let git = (dirs.map { $0 + "/git" } + [fallback].compactMap { $0 }).first(where: { FileManager.default.isExecutableFile(atPath: $0) })
        else {
            return "git is not on PATH, and syncing with \(Escape.inline(remote)) runs it; \(install)"
        }
        let result = try? ProcessRunner.run(
            git, arguments: ["--version"], stdin: Data(), environment: ["PATH": searchPath ?? "", "LC_ALL": "C"], directory: "/", timeout: 10)
        let said = result.map { String(decoding: $0.stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) } ?? ""
        guard result?.status == 0, let version = gitVersion(said) else {
            return
                "\(Escape.inline(git)) --version did not say which git it is (\"\(Escape.inline(String(said.prefix(80))))\"), and syncing with \(Escape.inline(remote)) runs it; \(install)"
        }
        guard version.0 > minimumGit.0 || (version.0 == minimumGit.0 && version.1 >= minimumGit.1) else {
            return
                "\(Escape.inline(git)) is git \(version.0).\(version.1), older than \(minimumGit.0).\(minimumGit.1), which syncing with \(Escape.inline(remote)) needs (atomic pushes with a lease on each ref); \(install)"
        }
        return nil
    }

    /// (major, minor) of `git version 2.39.5` (also `2.39.5.windows.1`, `2.45.0-rc1`).
    static func gitVersion(_ said: String) -> (Int, Int)? {
        guard said.hasPrefix("git version ") else { return nil }
        let parts = said.dropFirst("git version ".count).split(separator: ".")
        guard parts.count >= 2, let major = Int(parts[0]), let minor = Int(parts[1].prefix { $0.isNumber }) else { return nil }
        return (major, minor)
    }
}
