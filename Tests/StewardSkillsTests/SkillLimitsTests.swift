import Foundation
import StewardCore
import StewardSandbox
import Testing

@testable import StewardSkills

@Suite("Skill limits at the point of use")
struct SkillLimitsTests {
    let scratch = geteuid() == 0 ? "/tmp" : NSTemporaryDirectory()

    @Test func anUncheckedHugeMemoryLimitNeverWrapsToNegative() {
        // `memory_mb << 20` once wrapped to a negative RLIMIT_AS, which lifted the limit.
        var c = WorkspaceConfig()
        c.skillMemoryMB = 99_999_999_999_999
        #expect(SkillRunLimits(c).memoryBytes > 0)
        c.skillMemoryMB = 512
        #expect(SkillRunLimits(c).memoryBytes == 512 << 20)
    }

    // Shown as skipped without bubblewrap, rather than passing without having run.
    @Test(.enabled(if: SkillSandbox.bubblewrap() != nil, "needs bubblewrap"))
    func outputPastOneMiBIsSaidToBeCutWithWhatWasDropped() throws {
        let files = [
            SkillFile(path: "SKILL.md", data: Data("---\nname: t\ndescription: test\n---\nRun it.\n".utf8)),
            SkillFile(
                path: "scripts/run.sh", data: Data("#!/bin/sh\nhead -c 1500000 /dev/zero | tr '\\0' a\necho short >&2\n".utf8), executable: true),
        ]
        let r = try SkillSandbox.run(skill: "t", files: files, script: "run.sh", limits: SkillRunLimits(timeoutSeconds: 30), scratch: scratch)
        #expect(r.succeeded, "\(r.outcome): \(String(decoding: r.stderr, as: UTF8.self))")
        #expect(r.stdout.count == 1 << 20 && r.stdoutDropped == 1_500_000 - (1 << 20) && r.stderrDropped == 0)
        #expect(r.cutNotes == ["stdout was cut after 1048576 bytes; the 451424 bytes after that were dropped"])
    }

    @Test func aSKILLmdThatIsAFolderOrUnreadableFilesMakeOnlyThatSkillInvalid() {
        let folded = SkillCheck.check(folder: "t", files: [SkillFile(path: "SKILL.md/notes.md", data: Data("x".utf8))])
        #expect(!folded.valid && folded.errors.map(\.message) == ["SKILL.md is a folder, not a file; replace it with the file itself"])
        let ok = SkillFile(path: "SKILL.md", data: Data("---\nname: t\ndescription: test\n---\nRun it.\n".utf8))
        #expect(SkillCheck.check(folder: "t", files: [ok]).valid)
        let unread = SkillCheck.check(
            folder: "t", files: [ok, SkillFile(path: "vendor", data: Data())],
            problems: [SkillProblem(file: "vendor", line: nil, severity: .error, message: "vendor is a submodule")])
        #expect(!unread.valid && unread.errors.count == 1)
    }

    @Test func prlimitFailingToSetALimitIsTheSandboxNotStartingNotTheScriptsExit1() throws {
        // What prlimit prints when a limit is past what this user may set (EPERM).
        let r = try ProcessRunner.run(
            "/bin/sh", arguments: ["-c", "echo 'prlimit: failed to set the NPROC resource limit: Operation not permitted' >&2; exit 1"],
            stdin: Data(), environment: [:], directory: "/", timeout: 10)
        #expect(SkillSandbox.setupFailure(r) == "prlimit: failed to set the NPROC resource limit: Operation not permitted")
        // A limit is never asked past the hard limit (raising that needs root).
        var rl = rlimit()
        _ = getrlimit(__rlimit_resource_t(SkillSandbox.processCountLimit), &rl)
        let hard = rl.rlim_max < UInt64(Int.max) ? Int(rl.rlim_max) : Int.max
        #expect(SkillSandbox.withinHardLimit(SkillSandbox.processCountLimit, Int.max) == hard)
        #expect(SkillSandbox.withinHardLimit(SkillSandbox.processCountLimit, 1) == 1)
    }
}
