import Foundation
import StewardCore
import StewardSandbox
import Testing

/// The numbers no key of `[sandbox]`, `[hooks]` or `[skills]` accepts, as TOML text.
let hostileNumbers = ["inf", "-inf", "nan", "+inf", "1e308", "99999999999999", "-1", "0", "-0.0"]

@Suite("steward.toml ranges: sandbox, hooks, skills")
struct WorkspaceConfigRangeTests {
    static let keys = [
        ("sandbox", "max_file_bytes", "a whole number of bytes from 1 to 1073741824"),
        ("hooks", "timeout_seconds", "a number of seconds more than 0 and at most 86400"),
        ("skills", "timeout_seconds", "a number of seconds more than 0 and at most 86400"),
        ("skills", "memory_mb", "a whole number of MiB from 16 to 1048576"),
        ("skills", "max_processes", "a whole number of processes from 1 to 4096"),
    ]

    @Test("every numeric key refuses inf, nan, 1e308, huge, negative and zero, naming key, value and range", arguments: keys)
    func refusesHostileNumbers(_ section: String, _ key: String, _ range: String) {
        for value in hostileNumbers {
            do {
                let c = try WorkspaceConfig.parse("[\(section)]\n\(key) = \(value)\n", source: "steward.toml on main")
                Issue.record("\(section).\(key) = \(value) accepted: \(c)")
            } catch let e as StewardError {
                #expect(e.code == .failure)
                #expect(e.message.hasPrefix("steward.toml on main: '\(section).\(key)' is "), "\(e.message)")
                #expect(e.message.contains("but must be \(range); fix it and commit to main"), "\(e.message)")
            } catch {
                Issue.record("\(error)")
            }
        }
    }

    @Test func theBoundsThemselvesAreAccepted() throws {
        let low = try WorkspaceConfig.parse(
            "[sandbox]\nmax_file_bytes = 1\n[hooks]\ntimeout_seconds = 0.001\n[skills]\ntimeout_seconds = 0.5\nmemory_mb = 16\nmax_processes = 1\n")
        #expect(
            low.maxFileBytes == 1 && low.hookTimeoutSeconds == 0.001 && low.skillTimeoutSeconds == 0.5 && low.skillMemoryMB == 16
                && low.skillMaxProcesses == 1)
        let high = try WorkspaceConfig.parse(
            "[sandbox]\nmax_file_bytes = 1073741824\n[hooks]\ntimeout_seconds = 86400\n[skills]\ntimeout_seconds = 86400\nmemory_mb = 1048576\nmax_processes = 4096\n"
        )
        #expect(high.skillMemoryMB == 1_048_576 && high.skillMaxProcesses == 4096)
    }

    @Test func theIssuesValuesAreRefusedByName() {
        for (text, shown) in [
            ("[skills]\ntimeout_seconds = inf\n", "'skills.timeout_seconds' is inf"),
            ("[skills]\ntimeout_seconds = 1e308\n", "'skills.timeout_seconds' is 1e+308"),
            ("[skills]\nmemory_mb = 99999999999999\n", "'skills.memory_mb' is 99999999999999"),
            ("[skills]\nmax_processes = 99999999999999\n", "'skills.max_processes' is 99999999999999"),
        ] {
            let e = #expect(throws: StewardError.self, "\(text)") { try WorkspaceConfig.parse(text) }
            #expect(e?.message.contains(shown) == true, "\(e?.message ?? "")")
        }
    }

    @Test func aNULCharacterIsRefusedNotTruncated() {
        // TOMLKit would stop at the NUL and see a valid file with no [privacy] section.
        let e = #expect(throws: StewardError.self) {
            try WorkspaceConfig.parse("[sandbox]\nmax_file_bytes = 5\n\0[skills]\nmemory_mb = 1\n", source: "steward.toml on main")
        }
        #expect(e?.message.contains("steward.toml on main: line 3 holds a NUL character") == true, "\(e?.message ?? "")")
    }
}

@Suite("Self-improvement sees the whole steward.toml")
struct SelfImprovementNULTests {
    @Test func aChangeHiddenPastANULIsRefused() {
        // TOMLKit stops at the NUL: the [privacy] change after it would pass unseen.
        let old = "[routes]\nask = [\"a\"]\n"
        let new = "[routes]\nask = [\"a\"]\n\0\n[privacy]\ncloud = \"allow\"\n"
        let e = #expect(throws: StewardError.self) { try SelfImprovement.checkConfigChange(old: old, new: new) }
        #expect(e?.code == .refused && e?.message.contains("NUL") == true, "\(e?.message ?? "")")
    }
}

@Suite("posix_spawn runner: limits")
struct ProcessRunnerLimitTests {
    @Test func outputPastTheCaptureLimitIsCountedAndSaidToBeCut() throws {
        let r = try ProcessRunner.run(
            "/bin/sh", arguments: ["-c", "head -c 1200000 /dev/zero; head -c 10 /dev/zero >&2"], stdin: Data(),
            environment: ["PATH": "/usr/bin:/bin"],
            directory: "/", timeout: 30)
        #expect(r.stdout.count == ProcessRunner.captureLimit && r.stdoutDropped == 1_200_000 - (1 << 20))
        #expect(r.stderr.count == 10 && r.stderrDropped == 0)
        #expect(
            ProcessRunner.cutNote("stdout", dropped: r.stdoutDropped)
                == "stdout was cut after 1048576 bytes; the 151424 bytes after that were dropped")
        #expect(ProcessRunner.cutNote("stderr", dropped: r.stderrDropped) == nil)
    }

    @Test func aTimeoutThatIsNotANumberIsAnErrorAndInfinityWaits() throws {
        let e = #expect(throws: StewardError.self) {
            try ProcessRunner.run("/bin/true", stdin: Data(), environment: [:], directory: "/", timeout: .nan)
        }
        #expect(e?.code == .usage)
        #expect(throws: StewardError.self) { try ProcessRunner.run("/bin/true", stdin: Data(), environment: [:], directory: "/", timeout: -1) }
        let r = try ProcessRunner.run("/bin/sh", arguments: ["-c", "echo ok"], stdin: Data(), environment: [:], directory: "/", timeout: .infinity)
        #expect(r.status == 0 && !r.timedOut && r.stdout == Data("ok\n".utf8))
    }
}
