import Foundation
import StewardCore
import StewardTestSupport
import Testing

@testable import StewardSandbox

/// This machine's remote and state (spec 22.1, 22.8): which remote `Workspace.remote()` gives,
/// `.steward/` kept out of git, and what doctor says of the machine id and `git`.
@Suite("Remote settings: this machine's remote, state and id")
struct RemoteSettingsTests {
    func make(_ dir: String) async throws -> Workspace {
        try await Workspace.create(at: dir + "/ws", seed: Seed.files, by: "tester").0
    }

    func writeMachineConfig(_ dir: String, _ text: String) throws {
        try FileManager.default.createDirectory(atPath: dir + "/ws/.steward", withIntermediateDirectories: true)
        try text.write(toFile: dir + "/ws/.steward/config.toml", atomically: true, encoding: .utf8)
    }

    @Test func noRemoteSectionAndNoOriginIsOneMachine() async throws {
        try await withTemporaryDirectory { dir in
            let ws = try await make(dir)
            #expect(try await ws.remote() == nil)
            // A remote of another name is not taken without [remote] naming it.
            _ = try gitCLI(["remote", "add", "backup", "/srv/other.git"], in: dir + "/ws")
            #expect(try await ws.remote() == nil)
        }
    }

    /// `origin` added with git after the workspace was opened is seen (libgit2 re-reads the file).
    @Test func originIsTheRemoteWithTheDefaultTimeouts() async throws {
        try await withTemporaryDirectory { dir in
            let ws = try await make(dir)
            #expect(try await ws.remote() == nil)
            _ = try gitCLI(["remote", "add", "origin", "ssh://git@example.org/ws.git"], in: dir + "/ws")
            let r = try #require(try await ws.remote())
            #expect(r.name == "origin" && r.url == "ssh://git@example.org/ws.git")
            #expect(r.connectTimeoutSeconds == 10 && r.idleTimeoutSeconds == 60 && r.quickTimeoutSeconds == 2 && r.graceMinutes == 60)
        }
    }

    @Test func theRemoteSectionNamesTheRemoteGivesTheURLAndTheTimeouts() async throws {
        try await withTemporaryDirectory { dir in
            let ws = try await make(dir)
            _ = try gitCLI(["remote", "add", "origin", "/srv/origin.git"], in: dir + "/ws")
            _ = try gitCLI(["remote", "add", "backup", "/srv/backup.git"], in: dir + "/ws")
            try writeMachineConfig(dir, "[remote]\nname = \"backup\"\nconnect_timeout_seconds = 3\ngrace_minutes = 5\n")
            let named = try #require(try await ws.remote())
            #expect(named.name == "backup" && named.url == "/srv/backup.git" && named.connectTimeoutSeconds == 3 && named.graceMinutes == 5)
            // url wins over the named remote's, and works with no such remote in .git/config.
            try writeMachineConfig(dir, "[remote]\nname = \"laptop\"\nurl = \"git://127.0.0.1:9/ws\"\nidle_timeout_seconds = 7\n")
            let given = try #require(try await ws.remote())
            #expect(given.name == "laptop" && given.url == "git://127.0.0.1:9/ws" && given.idleTimeoutSeconds == 7)
        }
    }

    /// A [remote] section that names no remote of .git/config and gives no url is an error that
    /// names the fix, not a quiet "one machine".
    @Test func aRemoteSectionWhoseRemoteDoesNotExistIsAnError() async throws {
        try await withTemporaryDirectory { dir in
            let ws = try await make(dir)
            try writeMachineConfig(dir, "[remote]\nname = \"backup\"\n")
            do {
                _ = try await ws.remote()
                Issue.record("a [remote] naming a missing remote gave no error")
            } catch let e as StewardError {
                #expect(e.message.contains("[remote] names the git remote 'backup', which this workspace does not have"), "\(e.message)")
                #expect(e.message.contains("git remote add backup URL") && e.message.contains("or set url in [remote]"), "\(e.message)")
            }
            try writeMachineConfig(dir, "[remote]\nquick_timeout_seconds = 1\n")
            await #expect(throws: StewardError.self) { try await ws.remote() }
        }
    }

    /// A URL in .git/config that git would take for an option or that runs a command is
    /// refused as [remote] url is.
    @Test func aDangerousURLInGitConfigIsRefused() async throws {
        try await withTemporaryDirectory { dir in
            let ws = try await make(dir)
            _ = try gitCLI(["config", "remote.origin.url", "ext::sh -c touch% /tmp/pwned"], in: dir + "/ws")
            do {
                _ = try await ws.remote()
                Issue.record("an ext:: URL was taken")
            } catch let e as StewardError {
                #expect(e.message.contains("runs a command (ext::)") && e.message.contains("git remote set-url origin URL"), "\(e.message)")
            }
        }
    }

    /// init puts .steward/ in .git/info/exclude: git status shows it ignored, git add -A takes
    /// nothing under it.
    @Test func initKeepsTheStateOutOfGit() async throws {
        try await withTemporaryDirectory { dir in
            let ws = try await make(dir)
            try writeMachineConfig(dir, "[notify]\n")
            #expect(try await ws.isStateExcluded())
            let status = try gitCLI(["status", "--porcelain", "--ignored"], in: dir + "/ws")
            #expect(status.contains("!! .steward/") && !status.contains("?? .steward"), "\(status)")
            _ = try gitCLI(["add", "-A"], in: dir + "/ws")
            let staged = try gitCLI(["diff", "--cached", "--name-only"], in: dir + "/ws")
            #expect(!staged.contains(".steward"), "\(staged)")
        }
    }

    /// The line is added once, after what the person wrote, which stays byte for byte (also
    /// without a final newline, and bytes that are not UTF-8); a missing file or folder is made.
    @Test func ensureStateExcludedKeepsThePersonsLinesAndIsIdempotent() async throws {
        try await withTemporaryDirectory { dir in
            let ws = try await make(dir)
            let exclude = dir + "/ws/.git/info/exclude"
            var mine = Data("*.log\n# caf".utf8)
            mine.append(0xE9)
            mine.append(contentsOf: Array("\nbuild/".utf8))
            try mine.write(to: URL(fileURLWithPath: exclude))
            #expect(try await ws.isStateExcluded() == false)
            #expect(try await ws.ensureStateExcluded() == true)
            let once = try Data(contentsOf: URL(fileURLWithPath: exclude))
            #expect(once.prefix(mine.count) == mine)
            #expect(String(decoding: once.dropFirst(mine.count), as: UTF8.self).hasSuffix("\n/.steward/\n"))
            #expect(try await ws.ensureStateExcluded() == false)
            #expect(try Data(contentsOf: URL(fileURLWithPath: exclude)) == once)
            // Written by the person in another form: taken as it is.
            try Data("node_modules\n .steward \n".utf8).write(to: URL(fileURLWithPath: exclude))
            #expect(try await ws.ensureStateExcluded() == false)
            try FileManager.default.removeItem(atPath: dir + "/ws/.git/info")
            #expect(try await ws.ensureStateExcluded() == true)
            #expect(try String(contentsOfFile: exclude, encoding: .utf8).hasSuffix("/.steward/\n"))
        }
    }

    /// doctor puts the line back when it went missing, and says so once.
    @Test func doctorAddsTheMissingExcludeLine() async throws {
        try await withTemporaryDirectory { dir in
            let ws = try await make(dir)
            try writeMachineConfig(dir, "[notify]\n")  // git lists no empty folder
            try "*.log\n".write(toFile: dir + "/ws/.git/info/exclude", atomically: true, encoding: .utf8)
            #expect(try gitCLI(["status", "--porcelain", "--ignored"], in: dir + "/ws").contains("?? .steward/"))
            let first = try await ws.machineFindings()
            #expect(first.map(\.kind) == [.fixed])
            #expect(first.first?.message.hasPrefix("added /.steward/ to .git/info/exclude") == true)
            #expect(try String(contentsOfFile: dir + "/ws/.git/info/exclude", encoding: .utf8).hasPrefix("*.log\n"))
            #expect(try gitCLI(["status", "--porcelain", "--ignored"], in: dir + "/ws").contains("!! .steward/"))
            #expect(try await ws.machineFindings().isEmpty)
        }
    }

    @Test func aMalformedMachineIDIsAProblemNamingTheFix() async throws {
        try await withTemporaryDirectory { dir in
            let ws = try await make(dir)
            #expect(try await ws.machineFindings().isEmpty)  // no id yet: made when needed
            try "not-an-id\n".write(toFile: dir + "/ws/.steward/machine-id", atomically: true, encoding: .utf8)
            let findings = try await ws.machineFindings()
            #expect(findings.count == 1 && findings.first?.kind == .problem)
            let m = findings.first?.message ?? ""
            #expect(m.contains("machine-id holds \"not-an-id\", not a machine id (16 lowercase hex digits)") && m.contains("delete the file"), "\(m)")
            let id = "0123456789abcdef"
            try "\(id)\n".write(toFile: dir + "/ws/.steward/machine-id", atomically: true, encoding: .utf8)
            #expect(try await ws.machineFindings().isEmpty)
        }
    }

    /// With a remote, doctor names it (the password hidden) and this machine's id.
    @Test func doctorShowsTheRemoteWithoutItsPassword() async throws {
        try await withTemporaryDirectory { dir in
            let ws = try await make(dir)
            _ = try gitCLI(["remote", "add", "origin", "https://alice:hunter2@example.org/ws.git"], in: dir + "/ws")
            let id = try await ws.makeMachineID()
            let findings = try await ws.machineFindings()
            let text = findings.map { "\($0.kind.rawValue): \($0.message)" }.joined(separator: "\n")
            #expect(text.contains("note: remote: origin at https://alice:***@example.org/ws.git; this machine's id: \(id)"), "\(text)")
            #expect(text.contains("note: the URL of remote 'origin' in .git/config holds a password"), "\(text)")
            #expect(!text.contains("hunter2"), "\(text)")
            #expect(!findings.contains { $0.kind == .problem }, "\(text)")  // this machine's git is new enough
        }
    }

    /// With a remote, a git that is missing or older than 2.30 is a problem; without one, none.
    @Test func gitMissingOrTooOldIsAProblemWithARemote() async throws {
        try await withTemporaryDirectory { dir in
            #expect(Workspace.gitProblem(searchPath: "", fallback: nil, remote: "origin")?.hasPrefix("git is not on PATH") == true)
            let bin = dir + "/bin"
            try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
            try "#!/bin/sh\necho 'git version 2.20.1'\n".write(toFile: bin + "/git", atomically: true, encoding: .utf8)
            _ = chmod(bin + "/git", 0o755)
            let old = Workspace.gitProblem(searchPath: bin, fallback: nil, remote: "origin") ?? ""
            #expect(old.contains("is git 2.20, older than 2.30") && old.contains("apt-get install git"), "\(old)")
            try "#!/bin/sh\necho 'git version 2.30.0.windows.1'\n".write(toFile: bin + "/git", atomically: true, encoding: .utf8)
            _ = chmod(bin + "/git", 0o755)
            #expect(Workspace.gitProblem(searchPath: bin, fallback: nil, remote: "origin") == nil)
            #expect(Workspace.gitVersion("git version 2.45.0-rc1")! == (2, 45))
            #expect(Workspace.gitVersion("hub version 2.14") == nil)
            // Through doctor: an old git on PATH, a remote configured.
            try "#!/bin/sh\necho 'git version 1.9.5'\n".write(toFile: bin + "/git", atomically: true, encoding: .utf8)
            _ = chmod(bin + "/git", 0o755)
            let ws = try await make(dir)
            #expect(try await ws.machineFindings(searchPath: bin).isEmpty)  // no remote: git does not matter
            try writeMachineConfig(dir, "[remote]\nurl = \"/srv/ws.git\"\n")
            let findings = try await ws.machineFindings(searchPath: bin)
            #expect(findings.contains { $0.kind == .problem && $0.message.contains("is git 1.9, older than 2.30") }, "\(findings)")
        }
    }
}
