import Foundation
import StewardCore
import StewardJSON
import StewardSandbox
import StewardSkills

// steward-bench skills [--runs N]
//
// What the skill sandbox costs, measured in one run against running the same script with
// no sandbox (posix_spawn of /bin/sh) and against bubblewrap alone (the same isolation
// flags, without Steward's copy of the skill, its drop to a user of the run's own, limits and output
// collection); and what the pre-tool hook check adds to every agent tool call.
enum SkillBench {
    static func run(_ args: [String]) async throws {
        var runs = 30
        var rest = args
        while !rest.isEmpty {
            let a = rest.removeFirst()
            if a == "--runs", let v = rest.first.flatMap({ Int($0) }) {
                runs = max(5, v)
                rest.removeFirst()
            } else {
                FileHandle.standardError.write(Data("usage: steward-bench skills [--runs N]\n".utf8))
                exit(2)
            }
        }
        guard let bwrap = SkillSandbox.bubblewrap() else {
            progress("bubblewrap is not installed (apt-get install bubblewrap); nothing to measure")
            exit(1)
        }
        let script = "#!/bin/sh\necho \"hello $1\"\nprintf 'hi\\n' > \"${OUTPUT_DIR:-.}/greeting.txt\"\n"
        let files = [
            SkillFile(path: "SKILL.md", data: Data("---\nname: b\ndescription: bench\n---\nRun it.\n".utf8)),
            SkillFile(path: "scripts/run.sh", data: Data(script.utf8), executable: true),
        ]
        let dir = FileManager.default.temporaryDirectory.path + "/steward-skill-bench-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let scriptPath = dir + "/run.sh"
        guard FileManager.default.createFile(atPath: scriptPath, contents: Data(script.utf8), attributes: [.posixPermissions: 0o755]) else {
            progress("cannot write \(scriptPath)")
            exit(1)
        }
        let scratch = geteuid() == 0 ? "/tmp" : NSTemporaryDirectory()

        func sample(_ body: () throws -> Void) rethrows -> [Double] {
            try body()  // warm-up
            return try (0..<runs).map { _ in try ms(body) }
        }
        progress("direct /bin/sh …")
        let direct = try sample {
            _ = try ProcessRunner.run(
                "/bin/sh", arguments: [scriptPath, "x"], stdin: Data(), environment: ["PATH": "/usr/bin:/bin"], directory: dir, timeout: 10)
        }
        progress("bubblewrap alone …")
        let bare = try sample {
            _ = try ProcessRunner.run(
                bwrap,
                arguments: [
                    "--unshare-all", "--die-with-parent", "--new-session", "--clearenv", "--ro-bind", "/usr", "/usr", "--symlink", "usr/bin", "/bin",
                    "--symlink", "usr/lib", "/lib", "--symlink", "usr/lib64", "/lib64", "--bind", dir, "/work", "--tmpfs", "/tmp", "--proc", "/proc",
                    "--dev", "/dev", "--chdir", "/work", "--", "/bin/sh", "/work/run.sh", "x",
                ], stdin: Data(), environment: ["PATH": "/usr/bin:/bin"], directory: dir, timeout: 10)
        }
        progress("Steward's sandbox …")
        let limits = SkillRunLimits(timeoutSeconds: 10)
        let sandboxed = try sample {
            let r = try SkillSandbox.run(skill: "b", files: files, script: "run.sh", arguments: ["x"], limits: limits, scratch: scratch)
            guard r.succeeded, r.outputs.count == 1 else { throw StewardError.failure("the sandboxed script failed: \(r.outcome)") }
        }

        // The pre-tool check on every tool call: a workspace with no pre-tool hook, then one
        // with a hook that allows.
        progress("pre-tool hook check …")
        let (ws, _) = try await Workspace.create(at: dir + "/ws", seed: Seed.files, by: "bench")
        var noHook: [Double] = []
        for _ in 0..<(runs * 10) { noHook.append(try await msAsync { _ = try await ws.hasHooks(.preTool) }) }
        try "#!/bin/sh\nexit 0\n".write(toFile: dir + "/ws/hooks/pre-tool", atomically: true, encoding: .utf8)
        chmod(dir + "/ws/hooks/pre-tool", 0o755)
        for args in [["add", "hooks/pre-tool"], ["-c", "user.name=b", "-c", "user.email=b@b", "commit", "-qm", "hook"]] {
            _ = try ProcessRunner.run(
                "/usr/bin/git", arguments: ["-C", dir + "/ws"] + args, stdin: Data(), environment: ["PATH": "/usr/bin:/bin"], directory: dir,
                timeout: 30)
        }
        let payload = JSONValue.fields(["event": .string("pre-tool"), "tool": .string("read_file")])
        var withHook: [Double] = []
        for _ in 0..<runs {
            withHook.append(
                try await msAsync {
                    if try await ws.hasHooks(.preTool) { try await ws.runHooks(.preTool, payload: payload, subject: "bench") }
                })
        }

        func p(_ xs: [Double], _ q: Double) -> Double {
            let s = xs.sorted()
            return s[min(s.count - 1, Int(Double(s.count) * q))]
        }
        let d50 = p(direct, 0.5)
        var lines = ["| what | p50 ms | p90 ms | vs direct /bin/sh |", "|---|---:|---:|---:|"]
        for (name, xs) in [
            ("script run directly with /bin/sh (no sandbox; the peer)", direct), ("bubblewrap alone, same isolation flags", bare),
            ("Steward's skill sandbox (copy, own user, limits, bwrap, outputs)", sandboxed),
        ] {
            lines.append(String(format: "| %@ | %.2f | %.2f | %.1f× |", name, p(xs, 0.5), p(xs, 0.9), p(xs, 0.5) / d50))
        }
        lines.append(String(format: "| pre-tool check per tool call, no hook | %.3f | %.3f | |", p(noHook, 0.5), p(noHook, 0.9)))
        lines.append(String(format: "| pre-tool check per tool call, one hook that allows | %.2f | %.2f | |", p(withHook, 0.5), p(withHook, 0.9)))
        print(
            "steward-bench skills, \(runs) runs each (\(geteuid() == 0 ? "as root: each script runs as a user id of its own" : "as uid \(geteuid())"))"
        )
        print(lines.joined(separator: "\n"))
    }
}
