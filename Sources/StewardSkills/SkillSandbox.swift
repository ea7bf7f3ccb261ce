import Foundation
import StewardCore
import StewardSandbox

#if canImport(Glibc)
    import Glibc
#endif

/// Limits for one run of a skill script (`[skills]` in steward.toml).
public struct SkillRunLimits: Sendable, Hashable {
    public var timeoutSeconds: Double
    public var memoryBytes: Int
    public var maxProcesses: Int
    /// What the script may leave in its output folder, in all.
    public var maxOutputBytes: Int
    public var maxOutputFiles: Int

    public init(
        timeoutSeconds: Double = 60, memoryBytes: Int = 512 << 20, maxProcesses: Int = 64, maxOutputBytes: Int = 10 << 20, maxOutputFiles: Int = 200
    ) {
        self.timeoutSeconds = timeoutSeconds
        self.memoryBytes = memoryBytes
        self.maxProcesses = maxProcesses
        self.maxOutputBytes = maxOutputBytes
        self.maxOutputFiles = maxOutputFiles
    }

    /// The limits `[skills]` sets. `WorkspaceConfig.parse` checked each key's range; the
    /// conversions here still never overflow or trap (`memory_mb << 20` once wrapped to a
    /// negative limit, which lifted RLIMIT_AS).
    public init(_ config: WorkspaceConfig) {
        self.init(
            timeoutSeconds: config.skillTimeoutSeconds, memoryBytes: Setting.product(config.skillMemoryMB, 1 << 20, clampedTo: (1 << 20)...Int.max),
            maxProcesses: config.skillMaxProcesses, maxOutputBytes: config.maxFileBytes)
    }

    /// Whole seconds of CPU for `prlimit --cpu`: the time limit rounded up, plus one.
    var cpuSeconds: Int { Setting.int(timeoutSeconds.rounded(.up), clampedTo: 1...(365 * 86_400)) + 1 }
}

/// What a sandboxed script did.
public struct SkillRunResult: Sendable, Hashable {
    public struct Output: Sendable, Hashable {
        /// Relative to the output folder.
        public var path: String
        public var data: Data
    }
    public var skill: String
    public var script: String
    public var exitStatus: Int32?
    public var signal: Int32?
    public var timedOut: Bool
    public var stdout: Data
    public var stderr: Data
    /// Bytes past the first MiB of stdout / stderr, dropped (`ProcessRunner.captureLimit`).
    public var stdoutDropped = 0
    public var stderrDropped = 0
    public var outputs: [Output]
    /// Output the sandbox did not take (links, oversize files), each with the reason.
    public var skipped: [String]
    /// The user id the script ran as, outside the sandbox: the caller's own, or, when Steward
    /// runs as root, one of the run's own that no other process has.
    public var runAs: UInt32

    public var succeeded: Bool { exitStatus == 0 && !timedOut }

    /// One line for each stream that was cut: where, and how much was dropped.
    public var cutNotes: [String] {
        [ProcessRunner.cutNote("stdout", dropped: stdoutDropped), ProcessRunner.cutNote("stderr", dropped: stderrDropped)].compactMap { $0 }
    }

    /// One line for a person or a model: how the script ended.
    public var outcome: String {
        if timedOut { return "stopped after the time limit ([skills] timeout_seconds)" }
        if let signal { return "killed by signal \(signal)\(signal == 9 ? " (a limit: memory, processes or time)" : "")" }
        return "exited with \(exitStatus ?? -1)"
    }
}

/// Runs skill scripts inside bubblewrap, never outside it: no network (its own empty network
/// namespace), a throw-away copy of the skill at `/skill`, a writable scratch folder at `/work`,
/// an output folder at `/out`, `/usr` read-only, nothing of the host's home, `/root`, `/etc`
/// or the workspace's `.git`, a cleared environment, and time, memory, process and file-size
/// limits. Run as root, Steward first drops to a user id of the run's own, which no other
/// process has, so the process limit holds (the kernel does not apply RLIMIT_NPROC to root)
/// and counts this script's processes alone.
public enum SkillSandbox {
    public static let bubblewrapCandidates = ["/usr/bin/bwrap", "/usr/local/bin/bwrap", "/bin/bwrap"]
    /// Where a run's own user id comes from, as root: 0x70000000 + 0..<2^24, in the range
    /// systemd leaves unused (1879048192…2147483647), clear of system, regular, dynamic,
    /// container and subordinate ids.
    static let runUIDs: ClosedRange<UInt32> = 0x7000_0000...0x70FF_FFFF

    /// The bubblewrap executable, or nil when it is not installed.
    public static func bubblewrap() -> String? {
        bubblewrapCandidates.first { access($0, X_OK) == 0 }
    }

    public static let missingMessage =
        "skill scripts run only inside a bubblewrap sandbox, and bubblewrap is not installed; install it with 'sudo apt-get install bubblewrap' (Debian, Ubuntu) or your system's 'bubblewrap' package, then run again. Steward never runs a skill script outside the sandbox"

    /// Resolves `script` inside the skill: `scripts/run.sh`, or just `run.sh` for a file in `scripts/`.
    /// - Throws: `StewardError.notFound` listing the scripts there are.
    public static func resolve(script: String, in files: [SkillFile], skill: String) throws -> SkillFile {
        let checked = try PathPolicy.lexical.check(script).rawValue
        let candidates = [checked, "scripts/" + checked]
        if let f = candidates.lazy.compactMap({ c in files.first { $0.path == c } }).first { return f }
        let scripts = files.map(\.path).filter { $0.hasPrefix("scripts/") }
        throw StewardError.notFound(
            "skill '\(skill)' has no script \(Escape.inline(script))"
                + (scripts.isEmpty ? " (it has no scripts/ folder)" : "; it has: \(scripts.joined(separator: ", "))"))
    }

    /// Runs `script` of a skill with `arguments`. `files` is the skill's tree (from `main`);
    /// `scratch` is where the throw-away copy is made (a folder of its own, removed after).
    /// Blocks the calling thread until the script ends: call it off Swift's cooperative pool.
    /// - Throws: `StewardError.refused` when bubblewrap is missing, `.notFound` for a missing script.
    public static func run(
        skill: String, files: [SkillFile], script: String, arguments: [String] = [], stdin: Data = Data(),
        limits: SkillRunLimits, scratch: String, bubblewrap: String? = SkillSandbox.bubblewrap()
    ) throws -> SkillRunResult {
        guard let bwrap = bubblewrap else { throw StewardError.refused(missingMessage) }
        let entry = try resolve(script: script, in: files, skill: skill)
        let interpreter = try Self.interpreter(for: entry)
        let fm = FileManager.default
        var template = Array((scratch + "/steward-skill-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else {
            throw StewardError.failure("cannot make a folder for the skill's copy in \(scratch): \(String(cString: strerror(errno)))")
        }
        let runDir = String(cString: made)
        defer { try? fm.removeItem(atPath: runDir) }
        for sub in ["skill", "out", "work"] {
            try fm.createDirectory(atPath: runDir + "/" + sub, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o755])
        }
        for f in files where !f.isLink {
            let target = runDir + "/skill/" + f.path
            try fm.createDirectory(
                atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
            try ProcessRunner.writeProgram(target, f.data, mode: (f.executable || f.path == entry.path) ? 0o755 : 0o644)
        }

        let root = geteuid() == 0
        var command: [String] = []
        let processLimit: Int
        var runUID = geteuid()
        if root {
            // A user of this run's own: RLIMIT_NPROC counts every process of a user, so with a
            // shared one (`nobody`) another sandbox's processes would use up this one's allowance.
            runUID = unusedUID()
            // The copy must belong to the user the script runs as.
            try chownTree(runDir, uid: runUID, gid: runUID)
            command = ["/usr/bin/setpriv", "--reuid=\(runUID)", "--regid=\(runUID)", "--clear-groups", "--"]
            processLimit = limits.maxProcesses
        } else {
            // Not root: the caller's own processes share the limit, so it is theirs plus the
            // allowance, but never past the hard limit (raising it needs root: prlimit would
            // fail with EPERM and the script not start).
            processLimit = Self.withinHardLimit(processCountLimit, processes(of: runUID) + limits.maxProcesses)
        }
        let memoryLimit = root ? limits.memoryBytes : Self.withinHardLimit(addressSpaceLimit, limits.memoryBytes)
        command +=
            [
                "/usr/bin/prlimit", "--nproc=\(processLimit)", "--as=\(memoryLimit)", "--fsize=\(max(limits.maxOutputBytes, 1 << 20))",
                "--nofile=256", "--core=0", "--cpu=\(limits.cpuSeconds)", "--",
                bwrap, "--unshare-all", "--die-with-parent", "--new-session", "--clearenv",
                "--ro-bind", "/usr", "/usr",
                "--symlink", "usr/bin", "/bin", "--symlink", "usr/lib", "/lib", "--symlink", "usr/lib64", "/lib64", "--symlink", "usr/sbin", "/sbin",
                // Debian reaches awk, python and others through /etc/alternatives; the loader needs its cache.
                "--ro-bind-try", "/etc/alternatives", "/etc/alternatives", "--ro-bind-try", "/etc/ld.so.cache", "/etc/ld.so.cache",
                "--bind", runDir + "/skill", "/skill", "--bind", runDir + "/out", "/out", "--bind", runDir + "/work", "/work",
                "--tmpfs", "/tmp", "--proc", "/proc", "--dev", "/dev", "--chdir", "/work",
                "--setenv", "PATH", "/usr/local/bin:/usr/bin:/bin", "--setenv", "HOME", "/work", "--setenv", "TMPDIR", "/tmp",
                "--setenv", "LANG", "C.UTF-8", "--setenv", "SKILL_DIR", "/skill", "--setenv", "OUTPUT_DIR", "/out",
                "--setenv", "STEWARD_SKILL", skill, "--",
            ] + interpreter + ["/skill/" + entry.path] + arguments
        for tool in [command[0], "/usr/bin/prlimit"] where access(tool, X_OK) != 0 {
            throw StewardError.refused(
                "\(tool) is missing (Debian's util-linux provides it); Steward needs it to limit skill scripts, and does not run them without limits")
        }
        var result: ProcessRunner.Result
        var attempt = 0
        repeat {
            result = try ProcessRunner.run(
                command[0], arguments: Array(command.dropFirst()), stdin: stdin,
                environment: ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"], directory: runDir, timeout: limits.timeoutSeconds)
            // "Text file busy": a program another thread started in the instant the script was
            // being written still held it open for writing (until its own exec closed it). The
            // script did not start; a moment later it can.
            guard setupFailure(result)?.contains("Text file busy") == true, attempt < 4 else { break }
            attempt += 1
            usleep(useconds_t(20_000 << attempt))
        } while true
        if let reason = setupFailure(result) {
            let fix =
                reason.hasPrefix("prlimit: ")
                ? "A limit of [skills] in steward.toml could not be set here; lower it (memory_mb, max_processes, timeout_seconds) and commit to main"
                : !reason.contains("Resource temporarily unavailable")
                    ? "Run 'steward doctor': it checks that bubblewrap can build a sandbox here"
                    : root
                        ? "The system is short of processes; run again, or lower [skills] max_processes"
                        : "Your other processes (uid \(runUID)) use up most of [skills] max_processes = \(limits.maxProcesses); raise it, or run again when fewer are running"
            throw StewardError.failure("the sandbox could not start (\(reason)), so the script did not run. \(fix)")
        }
        var outputs: [SkillRunResult.Output] = []
        var skipped: [String] = []
        var total = 0
        try collect(runDir + "/out", "", into: &outputs, skipped: &skipped, total: &total, limits: limits)
        return SkillRunResult(
            skill: skill, script: entry.path, exitStatus: result.status, signal: result.signal, timedOut: result.timedOut,
            stdout: result.stdout, stderr: result.stderr, stdoutDropped: result.stdoutDropped, stderrDropped: result.stderrDropped,
            outputs: outputs, skipped: skipped, runAs: runUID)
    }

    /// bubblewrap's, prlimit's or setpriv's own failure to build the sandbox (before the
    /// script started), or nil. Each exits 1 with one line of its own (`bwrap: …`,
    /// `prlimit: failed to set the NPROC resource limit: …`) and nothing on stdout.
    static func setupFailure(_ r: ProcessRunner.Result) -> String? {
        guard r.status == 1, r.stdout.isEmpty else { return nil }
        let err = String(decoding: r.stderr, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard ["bwrap: ", "prlimit: ", "setpriv: "].contains(where: err.hasPrefix), !err.contains("\n") else { return nil }
        return err
    }

    /// `RLIMIT_NPROC`: glibc names it `__RLIMIT_NPROC`; `RLIMIT_NPROC` is a macro Swift does not see.
    static let processCountLimit = Int32(__RLIMIT_NPROC.rawValue)
    /// `RLIMIT_AS`, the address space.
    static let addressSpaceLimit = Int32(RLIMIT_AS.rawValue)

    /// `wanted`, or this process's hard limit of `resource` when that is lower (only root may
    /// raise a hard limit).
    static func withinHardLimit(_ resource: Int32, _ wanted: Int) -> Int {
        var rl = rlimit()
        guard getrlimit(__rlimit_resource_t(resource), &rl) == 0, rl.rlim_max < UInt64(Int.max) else { return wanted }
        return min(wanted, Int(rl.rlim_max))
    }

    /// A user id from `runUIDs` that no process has now (chosen at random: two runs at once,
    /// even from two Steward processes, practically never draw the same one).
    static func unusedUID() -> UInt32 {
        var uid = UInt32.random(in: runUIDs)
        while processes(of: uid) > 0 { uid = UInt32.random(in: runUIDs) }
        return uid
    }

    /// How to start the script: directly when it has a `#!` line, else by its extension.
    static func interpreter(for f: SkillFile) throws -> [String] {
        if f.data.starts(with: Array("#!".utf8)) { return [] }
        switch (f.path as NSString).pathExtension {
        case "sh": return ["/bin/sh"]
        case "bash": return ["/bin/bash"]
        case "py": return ["/usr/bin/python3"]
        case "pl": return ["/usr/bin/perl"]
        default:
            throw StewardError.usage(
                "\(Escape.inline(f.path)) has no '#!' line and no known extension (.sh, .py, .pl); add a first line such as '#!/bin/sh'")
        }
    }

    /// The output folder's regular files, within the limits; links and special files are skipped.
    static func collect(
        _ dir: String, _ rel: String, into outputs: inout [SkillRunResult.Output], skipped: inout [String], total: inout Int, limits: SkillRunLimits
    ) throws {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return }
        for name in names.sorted() {
            let full = dir + "/" + name
            let relPath = rel.isEmpty ? name : rel + "/" + name
            var st = stat()
            guard lstat(full, &st) == 0 else { continue }
            switch st.st_mode & S_IFMT {
            case S_IFDIR: try collect(full, relPath, into: &outputs, skipped: &skipped, total: &total, limits: limits)
            case S_IFREG:
                if outputs.count >= limits.maxOutputFiles {
                    skipped.append("\(relPath): more than \(limits.maxOutputFiles) output files")
                } else if total + Int(st.st_size) > limits.maxOutputBytes {
                    skipped.append("\(relPath): the outputs would pass \(limits.maxOutputBytes) bytes")
                } else {
                    total += Int(st.st_size)
                    outputs.append(.init(path: relPath, data: try Data(contentsOf: URL(fileURLWithPath: full))))
                }
            default: skipped.append("\(relPath): not a regular file (links and devices are not taken)")
            }
        }
    }

    static func chownTree(_ path: String, uid: UInt32, gid: UInt32) throws {
        guard lchown(path, uid, gid) == 0 else {
            throw StewardError.failure("cannot hand \(path) to the sandbox user: \(String(cString: strerror(errno)))")
        }
        var st = stat()
        guard lstat(path, &st) == 0, st.st_mode & S_IFMT == S_IFDIR else { return }
        for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] {
            try chownTree(path + "/" + name, uid: uid, gid: gid)
        }
    }

    /// How many threads `uid` runs now: RLIMIT_NPROC counts every thread of the user, so the
    /// limit given is this plus the script's allowance.
    static func processes(of uid: UInt32) -> Int {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return 0 }
        var n = 0
        for name in names where name.first?.isNumber == true {
            var st = stat()
            if stat("/proc/" + name, &st) == 0, st.st_uid == uid {
                n += (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(name)/task").count) ?? 1
            }
        }
        return n
    }
}
