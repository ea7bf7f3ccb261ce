import Foundation
import StewardCore
import StewardSandbox
import StewardSkills
import Testing

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

    @Test func outputPastOneMiBIsSaidToBeCutWithWhatWasDropped() throws {
        guard SkillSandbox.bubblewrap() != nil else { return }
        let files = [SkillFile(path: "SKILL.md", data: Data("---\nname: t\ndescription: test\n---\nRun it.\n".utf8)),
                     SkillFile(path: "scripts/run.sh", data: Data("#!/bin/sh\nhead -c 1500000 /dev/zero | tr '\\0' a\necho short >&2\n".utf8), executable: true)]
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
        let unread = SkillCheck.check(folder: "t", files: [ok, SkillFile(path: "vendor", data: Data())],
                                      problems: [SkillProblem(file: "vendor", line: nil, severity: .error, message: "vendor is a submodule")])
        #expect(!unread.valid && unread.errors.count == 1)
    }
}
