import Foundation
import StewardTestSupport
import Testing

/// Commits `files` (raw bytes) to main as a person would, with the git CLI.
func personCommitsBytes(_ s: Sandbox, _ files: [String: Data]) async throws {
    for (p, data) in files {
        let full = s.ws + "/" + p
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try data.write(to: URL(fileURLWithPath: full))
    }
    _ = try await s.git("add", "-A")
    _ = try await s.git("-c", "user.name=person", "-c", "user.email=p@x", "commit", "-qm", "person")
}

@Suite("Issue 13: configuration ranges, skills that cannot be read, cut output, files that are not files")
struct ConfigSkillHardeningTests {
    /// A workspace with the greeter skill approved on main.
    func withGreeter() async throws -> Sandbox {
        let s = try Sandbox()
        try await s.ok("init")
        try await s.ok("approve", "\(try s.propose("greeter skill", skillOps("greeter", script: greeter)))", "--yes")
        return s
    }

    @Test func aSkillTimeoutOfInfOrAHugeMemoryLimitIsRefusedByNameNotACrash() async throws {
        let s = try await withGreeter()
        for (toml, says) in [
            ("timeout_seconds = inf", "'skills.timeout_seconds' is inf, but must be a number of seconds more than 0 and at most 86400"),
            ("timeout_seconds = 1e308", "'skills.timeout_seconds' is 1e+308"),
            ("memory_mb = 99999999999999", "'skills.memory_mb' is 99999999999999, but must be a whole number of MiB from 16 to 1048576"),
            ("max_processes = 99999999999999", "'skills.max_processes' is 99999999999999, but must be a whole number of processes from 1 to 4096"),
        ] {
            try await personCommits(s, ["steward.toml": "[skills]\n\(toml)\n"])
            let r = try await s.steward("skills", "run", "greeter", "run.sh", "W")
            #expect(r.status == 1, "\(toml): exit \(r.status) \(r.stderr)")
            #expect(r.stderr.contains("steward.toml on main: \(says)"), "\(r.stderr)")
        }
    }

    /// doctor reads steward.toml as every part does: a key out of its range is a problem there,
    /// not first at the command that needs it (it said "All good").
    @Test func doctorReportsAKeyOutOfItsRange() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        for (toml, says) in [
            ("[skills]\ntimeout_seconds = inf", "'skills.timeout_seconds' is inf"),
            ("[agents]\nmax_steps = 0", "'agents.max_steps' is 0"),
        ] {
            try await personCommits(s, ["steward.toml": toml + "\n"])
            let r = try await s.steward("doctor")
            #expect(r.status == 1, "\(toml): exit \(r.status)")
            #expect(r.stdout.contains("problem: steward.toml on main: \(says)"), "\(r.stdout)")
        }
    }

    @Test func aNULByteOrInvalidUTF8InStewardTomlIsRefusedNamingTheLine() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        // Past the NUL, TOMLKit would have read nothing: max_file_bytes = 4 went unseen.
        try await personCommitsBytes(s, ["steward.toml": Data("[hooks]\ntimeout_seconds = 5\0\n[sandbox]\nmax_file_bytes = 4\n".utf8)])
        let nul = try await s.steward(["propose", "--title", "t"], stdin: writeOp("temp/a", "12345"))
        #expect(nul.status == 1 && nul.stderr.contains("steward.toml on main: line 2 holds a NUL byte"), "\(nul.stderr)")
        try await personCommitsBytes(
            s, ["steward.toml": Data("[hooks]\n# r".utf8) + Data([0xE9, 0x73, 0x75, 0x6D, 0xE9, 0x0A]) + Data("timeout_seconds = 5\n".utf8)])
        let utf = try await s.steward(["propose", "--title", "t"], stdin: writeOp("temp/a", "12345"))
        #expect(utf.status == 1 && utf.stderr.contains("steward.toml on main: line 2 is not valid UTF-8"), "\(utf.stderr)")
        #expect(try await s.steward("models").stderr.contains("line 2 is not valid UTF-8"))
    }

    @Test func stewardTomlAsAFolderALinkOrASubmoduleSaysWhatToDo() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        _ = try await s.git("rm", "-q", "steward.toml")
        try await personCommits(s, ["steward.toml/settings.toml": "[sandbox]\n"])
        for args in [["propose", "--title", "t"], ["models"]] {
            let r = try await s.steward(args, stdin: writeOp("temp/a", "1"))
            #expect(r.status == 1, "\(args): \(r.stderr)")
            #expect(r.stderr.contains("steward.toml on main is a folder, not a file; replace it with a file and commit that to main"), "\(r.stderr)")
            #expect(!r.stderr.contains("object") && !r.stderr.contains("blob"), "a libgit2 message reached the person: \(r.stderr)")
        }
        _ = try await s.git("rm", "-rq", "steward.toml")
        try FileManager.default.createSymbolicLink(atPath: s.ws + "/steward.toml", withDestinationPath: "/etc/passwd")
        try await personCommits(s, [:])
        let link = try await s.steward(["propose", "--title", "t"], stdin: writeOp("temp/a", "1"))
        #expect(link.status == 1 && link.stderr.contains("steward.toml on main is a symbolic link, not a file"), "\(link.stderr)")
        _ = try await s.git("rm", "-q", "steward.toml")
        _ = try await s.git(
            "update-index", "--add", "--cacheinfo",
            "160000,\(try s.git("rev-parse", "main").trimmingCharacters(in: .whitespacesAndNewlines)),steward.toml")
        _ = try await s.git("-c", "user.name=person", "-c", "user.email=p@x", "commit", "-qm", "submodule")
        let sub = try await s.steward(["propose", "--title", "t"], stdin: writeOp("temp/a", "1"))
        #expect(sub.status == 1 && sub.stderr.contains("steward.toml on main is a submodule"), "\(sub.stderr)")
    }

    @Test func aHookThatIsALinkIsABrokenHookNotASkippedOne() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        try FileManager.default.createSymbolicLink(atPath: s.ws + "/hooks/pre-merge", withDestinationPath: "/bin/true")
        try await personCommits(s, [:])
        let n = try await s.propose("note", writeOp("memory/a.md", "a\n"))
        let main = try await s.git("rev-parse", "main")
        let r = try await s.steward("approve", "\(n)", "--yes")
        #expect(r.status == 3, "\(r.stderr)")
        #expect(r.stderr.contains("hook hooks/pre-merge is broken: hooks/pre-merge on main is a symbolic link, not a file"), "\(r.stderr)")
        #expect(try await s.git("rev-parse", "main") == main)
    }

    @Test func aSymlinkOrSubmoduleInOneSkillMakesOnlyThatSkillInvalid() async throws {
        let s = try await withGreeter()
        try await s.ok("approve", "\(try s.propose("other skill", skillOps("other", script: greeter)))", "--yes")
        try await s.ok("approve", "\(try s.propose("third skill", skillOps("third", script: greeter)))", "--yes")
        try FileManager.default.createSymbolicLink(atPath: s.ws + "/skills/greeter/scripts/passwd", withDestinationPath: "/etc/passwd")
        try await personCommits(s, [:])
        _ = try await s.git(
            "update-index", "--add", "--cacheinfo",
            "160000,\(try s.git("rev-parse", "main").trimmingCharacters(in: .whitespacesAndNewlines)),skills/third/vendor")
        _ = try await s.git("-c", "user.name=person", "-c", "user.email=p@x", "commit", "-qm", "submodule")

        let list = try await s.steward("skills", "list")
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout.contains("other    ok"), "\(list.stdout)")
        #expect(
            list.stdout.contains("greeter  invalid (1 error)  scripts/passwd is a symbolic link; symbolic links are not allowed in skills"),
            "\(list.stdout)")
        #expect(list.stdout.contains("third    invalid (1 error)  vendor is a submodule"), "\(list.stdout)")
        let refused = try await s.steward("skills", "run", "greeter", "run.sh", "W")
        #expect(refused.status == 3 && refused.stderr.contains("symbolic links are not allowed in skills"), "\(refused.stderr)")
        let ok = try await s.steward("skills", "run", "other", "run.sh", "W")
        #expect(ok.status == 0 && ok.stdout == "hello W\n", "\(ok.stderr)")
    }

    @Test func skillOutputCutAtOneMiBSaysSoAndHowMuchWasDropped() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        try await s.ok(
            "approve", "\(try s.propose("loud skill", skillOps("loud", script: "#!/bin/sh\nhead -c 1500000 /dev/zero | tr '\\0' a\n")))", "--yes")
        let r = try await s.steward("skills", "run", "loud", "run.sh")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.utf8.count == 1 << 20)
        #expect(r.stderr.contains("The script's stdout was cut after 1048576 bytes; the 451424 bytes after that were dropped."), "\(r.stderr)")
        let json = try StewardCLITests.json(try await s.steward("skills", "run", "--json", "loud", "run.sh").stdout) as! [String: Any]
        #expect(json["stdoutDropped"] as? Int == 451_424 && json["stderrDropped"] as? Int == 0)
    }
}
