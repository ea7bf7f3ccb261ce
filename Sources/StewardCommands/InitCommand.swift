import ArgumentParser
import Foundation
import StewardCore
import StewardSandbox
import StewardServer
import StewardStore

struct InitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a workspace: a git repository with skills/ memory/ temp/ outputs/, default hooks and steward.toml.",
        discussion: "A folder that already holds files is imported as the first commit. An existing git repository is refused.")

    @OptionGroup var options: WorkspaceOptions
    @Argument(help: ArgumentHelp("The folder to create (the same as --workspace).", valueName: "dir")) var folder: String?
    @Flag(help: "Print the result as JSON.") var json = false

    func validate() throws {
        if folder != nil && options.workspace != nil { throw ValidationError("give the folder once: as an argument or with --workspace, not both") }
    }

    func run() async throws {
        let path = folder ?? options.path
        let (ws, creation) = try await Workspace.create(at: path, seed: Seed.files, by: Identity.approver(explicit: nil))
        // Create the (empty) store now, so the layout of .steward/ is there from the start.
        _ = try Store(path: ws.stateDir + "/steward.db")
        // The owner's token for `steward serve` (.steward/tokens.json, mode 0600).
        _ = try TokenStore(stateDir: ws.stateDir).owner()
        if json {
            try Terminal.printJSON(creation)
            return
        }
        print("Created a Steward workspace in \(Escape.inline(creation.root)) (main at \(creation.commit.prefix(10)))")
        if creation.imported > 0 { print("Imported \(creation.imported) existing entries as the first commit.") }
        // Later commands find this workspace only if told where it is.
        let found = WorkspaceOptions.defaultPath
        if URL(fileURLWithPath: found).standardizedFileURL.path != URL(fileURLWithPath: creation.root).standardizedFileURL.path {
            print("Other commands use \(Escape.inline(found)) unless told: run them with --workspace \(Escape.inline(creation.root)), or 'export STEWARD_WORKSPACE=\(Escape.inline(creation.root))'.")
        }
        print("Next: 'steward models' checks which models answer; 'steward run \"TASK\"' gives an agent a task, which ends in a proposal for 'steward review'; 'steward serve' opens the dashboard.")
    }
}
