import ArgumentParser
import Foundation
import StewardCore

/// The `steward` command line. `Entrypoint.swift` calls `StewardCLI.main()`; tests can call
/// `run(_:)` with arguments and get the exit status back.
public enum StewardCLI {
    /// Parses and runs one command line; returns the process exit status (docs/spec.md):
    /// 0 done, 1 error, 2 usage, 3 refused, 4 conflict.
    public static func run(_ arguments: [String]) async -> Int32 {
        do {
            var command = try Steward.parseAsRoot(hoistingWorkspace(arguments))
            if var async = command as? AsyncParsableCommand {
                try await async.run()
            } else {
                try command.run()
            }
            return 0
        } catch let e as StewardError {
            Terminal.error(e.message)
            if arguments.contains("--json") {
                // Scripts get the error on stdout too, with the paths it is about: the API's
                // problem details, plus the exit status.
                try? Terminal.printJSON(Problem(e, exitStatus: e.code.exitStatus))
            }
            return e.code.exitStatus
        } catch let e as ExitCode {
            return e.rawValue
        } catch {
            let code = Steward.exitCode(for: error)
            let message = Steward.fullMessage(for: error)
            if code == .success {
                print(message)
                return 0
            }
            // One line: the error, and where the usage is.
            var first = message.split(separator: "\n").first.map(String.init) ?? message
            if first.hasPrefix("Error: ") { first.removeFirst("Error: ".count) }
            let hint = message.split(separator: "\n").first { $0.contains("--help") }
                .flatMap { line in line.range(of: "'steward").map { "see " + line[$0.lowerBound...].trimmingCharacters(in: .whitespaces) } }
            let line = first + (hint.map { "; \($0)" } ?? "; see 'steward --help'")
            Terminal.error(line)
            let status = code == .validationFailure ? StewardError.Code.usage.exitStatus : code.rawValue
            if arguments.contains("--json") {
                let usage = StewardError.Code.usage
                try? Terminal.printJSON(Problem(code: usage.name, status: Problem.status(for: usage), detail: line, exitStatus: status))
            }
            return status
        }
    }

    public static func main() async -> Int32 {
        await run(Array(CommandLine.arguments.dropFirst()))
    }

    /// `--workspace DIR` may stand anywhere on the line, even before the subcommand; the
    /// parser wants it after, so move it to just after the subcommand's name (before its
    /// arguments, so a command that passes its arguments through, like `skills run`, does not
    /// take it). The display options `--color WHEN` and `--no-pager` may also come before the
    /// subcommand (`steward --no-pager diff 3`, as with git); only there are they moved, so a
    /// passed-through `--color` stays where it is. Everything after a `--` is left alone.
    static func hoistingWorkspace(_ args: [String]) -> [String] {
        let cut = args.firstIndex(of: "--") ?? args.endIndex
        var rest: [String] = []
        var hoisted: [String] = []
        var leading = true  // still before the first word that is not a global option
        var i = 0
        while i < cut {
            let a = args[i]
            if a == "--workspace" || (leading && a == "--color"), i + 1 < cut {
                hoisted += [a, args[i + 1]]
                i += 2
                continue
            }
            if a.hasPrefix("--workspace=") || (leading && (a.hasPrefix("--color=") || a == "--no-pager")) {
                hoisted.append(a)
            } else {
                rest.append(a)
                leading = false
            }
            i += 1
        }
        // The command path: leading words that name a subcommand, level by level.
        var command: [ParsableCommand.Type] = Steward.configuration.subcommands
        var at = 0
        while at < rest.count, let sub = command.first(where: { $0.configuration.commandName == rest[at] }) {
            command = sub.configuration.subcommands
            at += 1
        }
        return Array(rest[..<at]) + hoisted + rest[at...] + args[cut...]
    }
}

/// The root command.
struct Steward: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "steward",
        abstract: "A personal AI agent system whose every change waits for your approval and can be undone.",
        discussion: """
            The workspace is a git repository: proposals are branches steward/N, approval merges into \
            main, rejection archives, rollback reverts. Exit status: 0 done, 1 error, 2 usage, 3 refused \
            (path policy, hook veto), 4 conflict.
            """,
        version: StewardVersion.current,
        subcommands: [
            InitCommand.self, ProposeCommand.self, ReviewCommand.self, DiffCommand.self, CommentCommand.self, CommentsCommand.self,
            ApproveCommand.self,
            RejectCommand.self, RollbackCommand.self, RefreshCommand.self, LogCommand.self, DoctorCommand.self, GcCommand.self, AskCommand.self,
            SyncCommand.self, StatusCommand.self, CloneCommand.self,
            ModelsCommand.self,
            RunCommand.self, ReviseCommand.self, TasksCommand.self, TaskCommand.self, SkillsCommand.self, ImproveCommand.self, MCPCommand.self,
            MemoryCommand.self, ServeCommand.self, TokenCommand.self, ScheduleCommand.self, StoreCommand.self, WorkerCommand.self, CancelCommand.self,
        ]
    )
}
