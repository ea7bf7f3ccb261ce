import Foundation
import StewardCore
import StewardGit
import StewardJSON

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

/// The events hooks run at, and what each may do.
public enum HookEventName: String, Sendable, CaseIterable {
    /// Before any agent tool call; a veto denies the call and the model is told why.
    case preTool = "pre-tool"
    /// Before `approve` merges; a veto refuses the approval.
    case preMerge = "pre-merge"
    /// After an approval merged; cannot undo it, a failure is reported as a warning.
    case postMerge = "post-merge"
    /// After a task ended (done, failed, interrupted, …); a failure is reported as a warning.
    case postTask = "post-task"

    /// Whether a veto stops the action (the `pre-` events) or is only reported.
    public var canVeto: Bool { rawValue.hasPrefix("pre-") }
}

extension HookEvent: JSONValueConvertible {
    public var jsonValue: JSONValue {
        .fields([
            "event": .string(event), "proposal": .int(proposal), "title": .string(title), "agent": .string(agent), "approver": .string(approver),
            "base": .string(base), "head": .string(head),
            "files": .array(
                files.map {
                    .fields(["path": .string($0.path), "status": .string($0.status), "size": .int($0.size), "executable": .bool($0.executable)])
                }),
        ])
    }
}

extension Workspace {
    /// The `steward` program hooks may call back (`$STEWARD_BIN`): `$STEWARD_BIN` when set,
    /// else this process when it is `steward`, else a `steward` beside this program (a test
    /// runner in the build folder); nil leaves the hook to find it on its PATH.
    public nonisolated static let executablePath: String? = {
        if let env = ProcessInfo.processInfo.environment["STEWARD_BIN"], !env.isEmpty { return env }
        guard let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") else { return nil }
        if (exe as NSString).lastPathComponent == "steward" { return exe }
        let beside = (exe as NSString).deletingLastPathComponent + "/steward"
        return FileManager.default.isExecutableFile(atPath: beside) ? beside : nil
    }()

    /// Runs `event`'s hooks from `main` with `payload` on stdin (see `runHooks(_:payload:proposal:subject:mainTree:)`).
    /// Returns what allowing hooks wrote to stderr, as notes for the person.
    /// - Throws: `StewardError.refused` on a veto or a broken hook.
    @discardableResult
    public func runHooks(_ event: HookEventName, payload: JSONValue, proposal: Int? = nil, subject: String) throws -> [String] {
        let tree = try repo.commitInfo(try mainTip()).tree
        return try runHooks(event, payload: payload, proposal: proposal, subject: subject, mainTree: tree)
    }

    /// Whether `main` has any hook for `event` (a cheap look at one tree, so callers on a hot
    /// path such as every tool call skip building the payload when there is none).
    public func hasHooks(_ event: HookEventName) throws -> Bool {
        let r = try repo
        return try !hooks(for: event, in: try r.commitInfo(try mainTip()).tree).isEmpty
    }

    /// Everything named like a hook for `event` in `main`'s `hooks/`, files or not: a folder,
    /// link or submodule there is a broken hook (refused when it would run), never skipped.
    func hooks(for event: HookEventName, in mainTree: ObjectID) throws -> [(String, TreeEntry)] {
        try repo.treeEntries(at: "hooks", in: mainTree).filter { name, _ in
            name == event.rawValue || name.hasPrefix(event.rawValue + "-")
        }
    }

    /// Runs every hook for `event` found in `main`'s `hooks/` folder (files named `EVENT` or
    /// `EVENT-*`, in name order), never the working tree's or a proposal's. Exit 0 allows;
    /// exit 2 vetoes with the hook's stderr; anything else, or a time-out, blocks as broken.
    /// `subject` names what is judged in messages ("pre-merge of #3", "write_file").
    /// `afterEach` runs after each hook that allowed, with its name (`pre-merge-x`): approval
    /// checks there that the hook left the proposal's refs alone.
    /// - Throws: `StewardError.refused` on a veto or a broken hook; what `afterEach` throws.
    func runHooks(
        _ event: HookEventName, payload: JSONValue, proposal: Int?, subject: String, mainTree: ObjectID,
        environment extra: [String: String] = [:], afterEach: (String) throws -> Void = { _ in }
    ) throws -> [String] {
        let hooks = try hooks(for: event, in: mainTree)
        if hooks.isEmpty { return [] }
        let settings = try config()
        let timeout = settings.hookTimeoutSeconds
        let input = Data(try PrettyJSON.text(payload, revealHidden: false).utf8)
        let runDir = stateDir + "/run"
        try FileManager.default.createDirectory(atPath: runDir, withIntermediateDirectories: true)
        var notes: [String] = []
        for (name, _) in hooks {
            let program: Data
            do {
                program = try file(at: "hooks/\(name)", in: mainTree, shownAs: "hooks/\(name) on main", fix: Self.replaceOnMain) ?? Data()
            } catch let e as StewardError {
                throw StewardError.refused("hook hooks/\(name) is broken: \(e.message)")
            }
            let script = runDir + "/\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max))"
            try ProcessRunner.writeProgram(script, program, mode: 0o700)
            defer { unlink(script) }
            // LANG is a default [hooks.env] may change; the rest is fixed.
            var fixed = [
                "PATH": "/usr/local/bin:/usr/bin:/bin",
                "HOME": ProcessInfo.processInfo.environment["HOME"] ?? "/",
                "STEWARD_WORKSPACE": root,
                "STEWARD_EVENT": event.rawValue,
                "STEWARD_PROPOSAL": proposal.map { "\($0)" } ?? "",
            ].merging(extra) { _, e in e }
            if let exe = Self.executablePath { fixed["STEWARD_BIN"] = exe }
            let env = ["LANG": "C.UTF-8"].merging(settings.hookEnvironment) { _, configured in configured }.merging(fixed) { _, f in f }
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
                throw StewardError.refused(
                    "hook hooks/\(name) is broken: it could not be started (\(error)); fix it (a '#!' line and a program that exists) and commit to main"
                )
            }
            guard let result else { throw StewardError.refused("hook hooks/\(name) could not be started (text file busy)") }
            var stderr = Escape.block(String(decoding: result.stderr, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
            if let cut = ProcessRunner.cutNote("its stderr", dropped: result.stderrDropped) { stderr += " [\(cut)]" }
            if result.timedOut {
                throw StewardError.refused(
                    "hook hooks/\(name) is broken: it ran longer than \(timeout) s and was stopped ([hooks] timeout_seconds in steward.toml)")
            }
            switch (result.status, result.signal) {
            case (0?, _):
                if !stderr.isEmpty { notes.append("hooks/\(name): \(stderr)") }
                try afterEach(name)
            case (2?, _):
                throw StewardError.refused("hook hooks/\(name) vetoed \(subject): \(stderr.isEmpty ? "(it gave no reason)" : stderr)")
            case (let s?, _):
                throw StewardError.refused(
                    "hook hooks/\(name) is broken: it exited with \(s) (only 0 allows and 2 vetoes)\(stderr.isEmpty ? "" : ": " + stderr); fix it and commit to main"
                )
            case (nil, let sig):
                throw StewardError.refused("hook hooks/\(name) is broken: it was killed by signal \(sig ?? 0)")
            }
        }
        return notes
    }
}
