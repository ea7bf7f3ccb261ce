import Foundation
import StewardCore
import StewardGit

/// What a hook is told, as JSON on its stdin.
public struct HookEvent: Sendable, Codable, Hashable {
    public struct File: Sendable, Codable, Hashable {
        public var path: String
        public var status: String
        /// Size in bytes after the change (0 when deleted).
        public var size: Int
        public var executable: Bool
    }
    public var event: String
    public var proposal: Int
    public var title: String
    public var agent: String
    public var approver: String
    public var base: String
    public var head: String
    public var files: [File]
}

extension Workspace {
    /// Writes `data` to a new file with mode 0700, its descriptor close-on-exec so no child
    /// started meanwhile by another thread keeps it open for writing.
    static func writeExecutable(_ path: String, _ data: Data) throws {
        let fd = Foundation.open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o700)
        guard fd >= 0 else { throw StewardError.failure("cannot write \(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        try data.withUnsafeBytes { buf in
            var off = 0
            while off < buf.count {
                let n = write(fd, buf.baseAddress! + off, buf.count - off)
                if n <= 0 { throw StewardError.failure("cannot write \(path): \(String(cString: strerror(errno)))") }
                off += n
            }
        }
    }

    /// Runs every hook for `event` found in `main`'s `hooks/` folder (files named `EVENT` or
    /// `EVENT-*`, in name order), never the working tree's or a proposal's. Exit 0 allows;
    /// exit 2 vetoes with the hook's stderr; anything else, or a time-out, blocks as broken.
    /// - Throws: `StewardError.refused` on a veto or a broken hook.
    func runHooks(_ payload: HookEvent, mainTree: ObjectID) throws {
        let r = try repo
        let hooks = try r.treeEntries(at: "hooks", in: mainTree).filter { name, e in
            (name == payload.event || name.hasPrefix(payload.event + "-")) && (e.mode == .blob || e.mode == .executable)
        }
        if hooks.isEmpty { return }
        let settings = try config()
        let timeout = settings.hookTimeoutSeconds
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let input = try enc.encode(payload)
        let runDir = stateDir + "/run"
        try FileManager.default.createDirectory(atPath: runDir, withIntermediateDirectories: true)
        for (name, entry) in hooks {
            let script = runDir + "/\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max))"
            try Self.writeExecutable(script, try r.readBlob(entry.id))
            defer { unlink(script) }
            // LANG is a default [hooks.env] may change; the rest is fixed.
            let env = ["LANG": "C.UTF-8"].merging(settings.hookEnvironment) { _, configured in configured }.merging([
                "PATH": "/usr/local/bin:/usr/bin:/bin",
                "HOME": ProcessInfo.processInfo.environment["HOME"] ?? "/",
                "STEWARD_WORKSPACE": root,
                "STEWARD_EVENT": payload.event,
                "STEWARD_PROPOSAL": "\(payload.proposal)",
            ]) { _, fixed in fixed }
            var result: ProcessRunner.Result?
            do {
                // ETXTBSY: another thread's child may briefly hold a write descriptor to the
                // script (inherited across fork before its exec); wait a moment and retry.
                for attempt in 0..<50 {
                    do {
                        result = try ProcessRunner.run(script, stdin: input, environment: env, directory: root, timeout: timeout)
                        break
                    } catch let e as POSIXError where e.code == .ETXTBSY && attempt < 49 {
                        usleep(2000)
                    }
                }
            } catch {
                throw StewardError.refused("hook hooks/\(name) is broken: it could not be started (\(error)); fix it (a '#!' line and a program that exists) and commit to main")
            }
            guard let result else { throw StewardError.refused("hook hooks/\(name) could not be started (text file busy)") }
            let stderr = Escape.block(String(decoding: result.stderr, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
            if result.timedOut {
                throw StewardError.refused("hook hooks/\(name) is broken: it ran longer than \(timeout) s and was stopped ([hooks] timeout_seconds in steward.toml)")
            }
            switch (result.status, result.signal) {
            case (0?, _): continue
            case (2?, _):
                throw StewardError.refused("hook hooks/\(name) vetoed \(payload.event) of #\(payload.proposal): \(stderr.isEmpty ? "(it gave no reason)" : stderr)")
            case (let s?, _):
                throw StewardError.refused("hook hooks/\(name) is broken: it exited with \(s) (only 0 allows and 2 vetoes)\(stderr.isEmpty ? "" : ": " + stderr); fix it and commit to main")
            case (nil, let sig):
                throw StewardError.refused("hook hooks/\(name) is broken: it was killed by signal \(sig ?? 0)")
            }
        }
    }
}
