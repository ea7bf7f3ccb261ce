import ArgumentParser
import Foundation
import StewardCore
import StewardSandbox
import StewardSkills

struct SkillsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "skills",
        abstract: "List, show, check and run skills (Agent Skills format, skills/NAME/SKILL.md on main).",
        subcommands: [SkillsList.self, SkillsShow.self, SkillsCheck.self, SkillsRun.self])
}

struct SkillsList: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "The skills on main: name, state, description.")
    @OptionGroup var options: WorkspaceOptions
    @Flag(help: "Print the list as JSON.") var json = false

    func run() async throws {
        let registry = try await SkillRegistry.load(from: try await options.open())
        if json {
            try Terminal.printJSON(registry.reports)
            return
        }
        if registry.reports.isEmpty {
            print("No skills yet. An approved proposal that adds skills/NAME/SKILL.md adds one; 'steward skills check DIR' checks a skill you bring.")
            return
        }
        var rows = [["NAME", "STATE", "DESCRIPTION"]]
        for r in registry.reports {
            let state =
                !r.valid
                ? "invalid (\(r.errors.count) error\(r.errors.count == 1 ? "" : "s"))"
                : r.risks.isEmpty ? "ok" : "ok, \(r.risks.count) risk\(r.risks.count == 1 ? "" : "s") flagged"
            let description = r.manifest?.description ?? r.errors.first?.message ?? ""
            rows.append([Escape.inline(r.folder), state, Escape.inline(DisplayWidth.prefix(description, columns: 90))])
        }
        print(Terminal.table(rows))
    }
}

struct SkillsShow: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "One skill on main: its fields, files, problems and instructions.")
    @OptionGroup var options: WorkspaceOptions
    @Argument(help: "The skill's name.") var name: String
    @Flag(help: "Print it as JSON.") var json = false

    func run() async throws {
        let registry = try await SkillRegistry.load(from: try await options.open())
        let r = try registry.report(name)
        if json {
            try Terminal.printJSON(r)
            return
        }
        print("skill \(Escape.inline(r.folder))\(r.valid ? "" : " (invalid: agents do not see it)")")
        if let m = r.manifest {
            print("description: \(Escape.inline(m.description))")
            if let l = m.license { print("license: \(Escape.inline(l))") }
            if let c = m.compatibility { print("compatibility: \(Escape.inline(c))") }
            if !m.allowedTools.isEmpty { print("allowed-tools: \(m.allowedTools.map(Escape.inline).joined(separator: " "))") }
            for (k, v) in m.metadata.sorted(by: { $0.key < $1.key }) { print("metadata.\(Escape.inline(k)): \(Escape.inline(v))") }
        }
        print("files: \(r.files.map(Escape.inline).joined(separator: ", "))")
        for p in r.problems { print("  skills/\(Escape.inline(r.folder))/\(p)") }
        if let m = r.manifest {
            print("")
            print(Escape.block(m.body.trimmingCharacters(in: .whitespacesAndNewlines)))
        }
    }
}

struct SkillsCheck: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check skills against the Agent Skills format, with line numbers, and flag risky script content.",
        discussion: """
            PATH is a skill folder anywhere on disk (one written for another agent, say) or the name of a \
            skill on main; with no PATH, every skill on main. --proposal N checks the skills a pending \
            proposal changes (the default pre-merge hook does this). Exit 0 when valid, 3 when a skill \
            has errors (or risks, with --fail-on-risk).
            """)
    @OptionGroup var options: WorkspaceOptions
    @Argument(help: "A skill folder, or a skill's name on main.") var path: String?
    @Option(help: ArgumentHelp("Check the skills pending proposal N changes.", valueName: "n")) var proposal: ProposalNumber?
    @Flag(help: "Count flagged risks as failures (exit 3).") var failOnRisk = false
    @Flag(help: "Print the reports as JSON.") var json = false

    func validate() throws {
        if path != nil && proposal != nil { throw ValidationError("give a PATH or --proposal, not both") }
    }

    func run() async throws {
        var reports: [SkillReport] = []
        var place = ""
        if let path, path.contains("/") || FileManager.default.fileExists(atPath: path) {
            let full = (path as NSString).standardizingPath
            let folder = ((full.hasSuffix("/SKILL.md") ? (full as NSString).deletingLastPathComponent : full) as NSString)
            let files = try SkillCheck.load(folder: folder as String)
            reports = [SkillCheck.check(folder: folder.lastPathComponent, files: files)]
            place = folder as String
        } else {
            let ws = try await options.open()
            if let proposal {
                let touched = SkillRegistry.folders(touchedBy: try await ws.diff(proposal.value).files.map(\.path))
                let registry = try await SkillRegistry.load(from: ws, proposal: proposal.value)
                // A folder the proposal removed entirely has nothing left to check; a folder with
                // no SKILL.md is not a skill (agents never see it) and is only mentioned.
                let changed = registry.reports.filter { touched.contains($0.folder) }
                reports = changed.filter { $0.files.contains { $0.lowercased() == "skill.md" } }
                for r in changed where !reports.contains(where: { $0.folder == r.folder }) && !json {
                    print("skills/\(Escape.inline(r.folder))/ has no SKILL.md, so it is not a skill and was not checked.")
                }
                place = "proposal #\(try proposal.value)"
            } else {
                let registry = try await SkillRegistry.load(from: ws)
                reports = try path.map { [try registry.report($0)] } ?? registry.reports
                place = "main"
            }
        }
        let failed = reports.filter { !$0.valid || (failOnRisk && !$0.risks.isEmpty) }
        if json {
            try Terminal.printJSON(reports)
        } else {
            if reports.isEmpty { print("No skills to check in \(Escape.inline(place)).") }
            for r in reports {
                let verdict = !r.valid ? "INVALID" : r.risks.isEmpty ? "ok" : "ok, with risks to look at"
                print("\(Escape.inline(r.folder)): \(verdict)")
                for p in r.problems { print("  \(p)") }
            }
            if reports.contains(where: { !$0.risks.isEmpty }) {
                print(
                    "Risks are flagged for you to read, not proven harmful; skill scripts always run in the sandbox (no network, no access to your files)."
                )
            }
        }
        if !failed.isEmpty {
            if !json {
                let approve = try proposal.map { "steward approve \(try $0.value) --accept-risks" } ?? "steward approve N --accept-risks"
                print(
                    failed.contains { !$0.valid }
                        ? "Fix the errors above (file:line) and check again."
                        : "Read the flagged lines above; if they are what you want, approve with '\(approve)'.")
            }
            throw ExitCode(StewardError.Code.refused.exitStatus)
        }
    }
}

struct SkillsRun: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a skill's script inside the bubblewrap sandbox; files it writes to $OUTPUT_DIR become a proposal.",
        discussion: """
            The script runs with no network, a throw-away copy of the skill at /skill ($SKILL_DIR), a scratch \
            folder /work, an output folder /out ($OUTPUT_DIR), a cleared environment and the limits in \
            [skills] of steward.toml. Its output files are proposed under outputs/NAME/. Without bubblewrap \
            nothing runs.
            """)
    @OptionGroup var options: WorkspaceOptions
    @Argument(help: "The skill's name (on main).") var name: String
    @Argument(help: "The script, e.g. scripts/report.py (or just report.py).") var script: String
    @Argument(parsing: .captureForPassthrough, help: "Arguments for the script.") var arguments: [String] = []
    @Flag(help: "Print the result as JSON.") var json = false

    struct Output: Encodable {
        var skill: String
        var script: String
        var exitStatus: Int32?
        var signal: Int32?
        var timedOut: Bool
        var stdout: String
        var stderr: String
        /// Bytes past the first MiB of each stream, dropped (0: nothing was cut).
        var stdoutDropped: Int
        var stderrDropped: Int
        var outputs: [String]
        var skipped: [String]
        var proposal: Int?
    }

    func run() async throws {
        let ws = try await options.open()
        let progress: (@Sendable (String) -> Void)? = json ? nil : { @Sendable message in Terminal.note(message) }
        // A leading `--` only separates the script's arguments from ours.
        let scriptArguments = arguments.first == "--" ? Array(arguments.dropFirst()) : arguments
        let result = try await SkillRunner.run(skill: name, script: script, arguments: scriptArguments, in: ws, progress: progress)
        if json {
            try Terminal.printJSON(
                Output(
                    skill: name, script: result.run.script, exitStatus: result.run.exitStatus, signal: result.run.signal,
                    timedOut: result.run.timedOut,
                    stdout: String(decoding: result.run.stdout, as: UTF8.self), stderr: String(decoding: result.run.stderr, as: UTF8.self),
                    stdoutDropped: result.run.stdoutDropped, stderrDropped: result.run.stderrDropped,
                    outputs: result.run.outputs.map { SkillRunner.outputPath(skill: name, $0.path) }, skipped: result.run.skipped,
                    proposal: result.proposal?.number))
        } else {
            FileHandle.standardOutput.write(Data(Escape.block(String(decoding: result.run.stdout, as: UTF8.self)).utf8))
            let err = String(decoding: result.run.stderr, as: UTF8.self)
            if !err.isEmpty { Terminal.note(Terminal.dim(Escape.block(err))) }
            for cut in result.run.cutNotes { Terminal.note("The script's \(cut).") }
            for s in result.run.skipped { Terminal.note("not taken: \(Escape.inline(s))") }
            if let p = result.proposal {
                Terminal.note(
                    "Proposed #\(p.number): \(result.run.outputs.count) output file\(result.run.outputs.count == 1 ? "" : "s") under outputs/\(name)/. Review with 'steward diff \(p.number)'."
                )
            } else if result.run.succeeded {
                Terminal.note("The script wrote nothing to $OUTPUT_DIR, so there is nothing to propose.")
            }
        }
        if !result.run.succeeded {
            throw StewardError.failure(
                "\(name)/\(result.run.script) \(result.run.outcome)"
                    + (result.run.outputs.isEmpty ? "" : "; its \(result.run.outputs.count) output file(s) were not proposed"))
        }
    }
}
