import Foundation
import StewardTestSupport
import Testing

/// Several machines' groundwork (spec 22.1, 22.8) through the built binary: an unknown
/// steward.toml section from a newer Steward, `.steward/` kept out of git, doctor on the remote.
@Suite("Machine state: newer sections, .steward/ out of git, the remote in doctor")
struct MachineStateCLITests {
    static let write = #"[{"op":"write","path":"memory/a.md","content":"a\n"}]"#

    /// [quota] on main (a newer Steward's) is a note printed once; propose still works; doctor
    /// lists it as a note, not a problem.
    @Test func anUnknownSectionOnMainIsANoteAndProposeWorks() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        try await personCommits(s, ["steward.toml": "[sandbox]\nmax_file_bytes = 100\n[quota]\ndaily = 5\n"])
        let r = try await s.steward(["propose", "--title", "a note", "--agent", "test"], stdin: Self.write)
        #expect(r.status == 0, "\(r.stderr)")
        let note = "note: steward.toml on main: unknown section 'quota' is ignored (known here: sandbox, hooks, skills, policy, agents,"
        #expect(r.stderr.components(separatedBy: note).count == 2, "\(r.stderr)")  // once
        #expect(r.stderr.contains("a newer Steward's setting, or a typo"), "\(r.stderr)")
        // The known section still applies: 101 bytes are refused by max_file_bytes = 100.
        let big = #"[{"op":"write","path":"memory/b.md","content":""# + String(repeating: "x", count: 101) + #""}]"#
        #expect(try await s.steward(["propose", "--title", "big", "--agent", "test"], stdin: big).status == 3)
        let doctor = try await s.steward("doctor")
        #expect(doctor.stdout.contains("note: steward.toml on main: unknown section 'quota' is ignored"), "\(doctor.stdout)")
        #expect(!doctor.stdout.contains("problem: steward.toml"), "\(doctor.stdout)")
        #expect(!doctor.stderr.contains("unknown section"), "\(doctor.stderr)")  // listed, not printed twice
    }

    /// An unknown key inside a section this Steward knows stays an error (exit 1).
    @Test func anUnknownKeyInAKnownSectionIsStillAnError() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        try await personCommits(s, ["steward.toml": "[sandbox]\nmax_files = 5\n[quota]\ndaily = 5\n"])
        let r = try await s.steward(["propose", "--title", "a note", "--agent", "test"], stdin: Self.write)
        #expect(r.status == 1)
        #expect(
            r.stderr.contains("steward.toml on main: unknown key 'sandbox.max_files' (known here: max_file_bytes, max_operations)"), "\(r.stderr)")
    }

    /// init keeps .steward/ out of git; when the line goes missing, doctor puts it back.
    @Test func initExcludesTheStateAndDoctorRestoresIt() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        #expect(try await s.git("status", "--porcelain", "--ignored").contains("!! .steward/"))
        _ = try await s.git("add", "-A")
        #expect(!(try await s.git("diff", "--cached", "--name-only")).contains(".steward"))
        try "# mine\n*.tmp\n".write(toFile: s.ws + "/.git/info/exclude", atomically: true, encoding: .utf8)
        #expect(try await s.git("status", "--porcelain", "--ignored").contains("?? .steward/"))
        let doctor = try await s.steward("doctor")
        #expect(doctor.stdout.contains("fixed: added /.steward/ to .git/info/exclude"), "\(doctor.stdout)")
        #expect(try await s.git("status", "--porcelain", "--ignored").contains("!! .steward/"))
        #expect(s.read(".git/info/exclude")?.hasPrefix("# mine\n*.tmp\n") == true)
        #expect(!(try await s.steward("doctor")).stdout.contains("fixed: added"))
    }

    /// doctor names the remote with its password hidden; a [remote] naming no remote is a problem.
    @Test func doctorShowsTheRemote() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        _ = try await s.git("remote", "add", "origin", "https://alice:hunter2@example.org/ws.git")
        let doctor = try await s.steward("doctor")
        #expect(
            doctor.stdout.contains("note: remote: origin at https://alice:***@example.org/ws.git; this machine's id: none yet"), "\(doctor.stdout)")
        #expect(!doctor.stdout.contains("hunter2"))
        try s.write(".steward/config.toml", "[remote]\nname = \"backup\"\n")
        let missing = try await s.steward("doctor")
        #expect(missing.status == 1)
        #expect(missing.stdout.contains("problem: ") && missing.stdout.contains("git remote add backup URL"), "\(missing.stdout)")
    }
}
