import Foundation
import Testing

/// A pre-merge hook must not make Steward's refs of the proposal it judges (spec 5.5): the
/// numbered ones too, `superseded/N-K`, `applied/N-K` and `undone/N-K`, which approval looks
/// up one by one from K = 1 (the K-th is only ever made after the one before).
@Suite("Approval: a hook that makes a numbered ref of the proposal is refused")
struct ApprovalHookRefsTests {
    static let twoFiles =
        #"[{"op":"write","path":"memory/a.md","content":"a\n"},{"op":"write","path":"memory/b.md","content":"b\n"}]"#

    /// Approving #N runs a hook, armed by `.git/arm`, that points `ref` (with `N` for the
    /// number) at main; part 1 of N (`memory/a.md`) is approved first when `part` is set.
    @Test(arguments: [
        ("refs/steward/superseded/N-1", false), ("refs/steward/applied/N-1", false), ("refs/steward/applied/N-2", true),
        ("refs/steward/undone/N-1", true),
    ])
    func theApprovalIsRefusedAndMainStays(_ c: (ref: String, part: Bool)) async throws {
        let s = try Sandbox()
        try await s.ok("init")
        let ref = c.ref.replacingOccurrences(of: "N", with: "$STEWARD_PROPOSAL")
        let hook = """
            #!/bin/sh
            cat >/dev/null
            [ -e "$STEWARD_WORKSPACE/.git/arm" ] || exit 0
            git -C "$STEWARD_WORKSPACE" update-ref \(ref) main

            """
        try await personCommits(s, ["hooks/pre-merge": hook], executable: ["hooks/pre-merge"])
        let n = try await s.propose("two notes", Self.twoFiles)
        if c.part { try await s.ok("approve", "\(n)", "--only", "memory/a.md", "--yes") }
        try Data().write(to: URL(fileURLWithPath: s.ws + "/.git/arm"))
        let main = try await s.git("rev-parse", "main")
        let r = try await s.steward("approve", "\(n)", "--yes")
        let made = c.ref.replacingOccurrences(of: "N", with: "\(n)")
        #expect(r.status == 4, "\(r.stdout) \(r.stderr)")
        #expect(r.stderr.contains("created \(made)") && r.stderr.contains("hooks/pre-merge"), "\(r.stderr)")
        #expect(try await s.git("rev-parse", "main") == main, "the merge did not land")
    }
}
