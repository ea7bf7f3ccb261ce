import Foundation
import StewardCore
import StewardSandbox

/// Runs a skill's script from `main` in the sandbox and turns the files it wrote to its
/// output folder into a proposal (or adds them to an open one). `steward skills run` and
/// the agents' `run_skill_script` tool both come through here.
public enum SkillRunner {
    public struct Outcome: Sendable {
        public var run: SkillRunResult
        /// The proposal the outputs went to, if the script succeeded and wrote any.
        public var proposal: ProposalResult?
    }

    /// Where an output file lands in the workspace.
    public static func outputPath(skill: String, _ relative: String) -> String { "outputs/\(skill)/\(relative)" }

    /// Who skill scripts write as: `outputs/` only.
    public static let policy = PathPolicy(writer: "skill scripts", allowedFolders: ["outputs"])

    /// Runs the script of a valid skill on `main` in the sandbox. Returns what it did and the
    /// write operations for its output files (each path checked; hostile names are skipped
    /// with the reason, the rest kept).
    /// - Throws: `StewardError` `.notFound` (skill or script), `.refused` (invalid skill, no bubblewrap).
    public static func execute(
        skill name: String, script: String, arguments: [String], in ws: Workspace,
        progress: (@Sendable (String) -> Void)? = nil
    ) async throws -> (SkillRunResult, [FileOperation]) {
        let registry = try await SkillRegistry.load(from: ws)
        _ = try registry.skill(name)
        let files = try await SkillRegistry.files(of: name, in: ws)
        let limits = SkillRunLimits(try await ws.config())
        // The copy must be reachable by the sandbox's user: run as root, that is the run's
        // own unprivileged user, who cannot enter the workspace's .steward/ (mode 0700); /tmp it can.
        let scratch = geteuid() == 0 ? "/tmp" : NSTemporaryDirectory()
        progress?(
            "Running skill \(name), \(script), in the sandbox (no network; limit \(Setting.show(limits.timeoutSeconds)) s, \(limits.memoryBytes >> 20) MiB)…"
        )
        var result = try await Blocking.run {
            try SkillSandbox.run(skill: name, files: files, script: script, arguments: arguments, limits: limits, scratch: scratch)
        }
        guard result.succeeded else { return (result, []) }
        var operations: [FileOperation] = []
        var kept: [SkillRunResult.Output] = []
        for o in result.outputs {
            let path = outputPath(skill: name, o.path)
            do {
                _ = try policy.check(path)
                operations.append(.write(path: path, content: o.data, executable: false))
                kept.append(o)
            } catch let e as StewardError {
                result.skipped.append("\(o.path): \(e.message)")
            }
        }
        result.outputs = kept
        return (result, operations)
    }

    /// `execute`, then its outputs as a new proposal (`steward skills run`).
    public static func run(
        skill name: String, script: String, arguments: [String], in ws: Workspace,
        progress: (@Sendable (String) -> Void)? = nil
    ) async throws -> Outcome {
        let (result, operations) = try await execute(skill: name, script: script, arguments: arguments, in: ws, progress: progress)
        if operations.isEmpty { return Outcome(run: result, proposal: nil) }
        let shownArgs = arguments.isEmpty ? "" : " " + arguments.joined(separator: " ")
        let title = String("Output of skill \(name): \(result.script)\(shownArgs)".prefix(200))
        let proposal = try await ws.propose(title: title, agent: "skill:\(name)", operations: operations, policy: policy, tool: "skills run")
        return Outcome(run: result, proposal: proposal)
    }
}

/// Runs blocking work (a sandboxed script, a hook) on a thread of its own, so Swift's small
/// cooperative pool (two threads on two cores) is never held by it.
public enum Blocking {
    public static func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { (c: CheckedContinuation<T, Error>) in
            let t = Thread { c.resume(with: Result { try work() }) }
            t.name = "steward.blocking"
            t.start()
        }
    }
}
