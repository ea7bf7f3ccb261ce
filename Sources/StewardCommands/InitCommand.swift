import ArgumentParser
import Foundation
import StewardCore
import StewardMemory
import StewardSandbox
import StewardServer
import StewardStore

struct InitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a workspace: a git repository with skills/ memory/ temp/ outputs/, default hooks and steward.toml.",
        discussion: """
            A folder that already holds files is imported as the first commit; one holding more than 100,000 files or 1 GiB \
            (not counting what .gitignore leaves out) is refused unless --yes. An existing git repository is refused, and so are /, \
            system folders and your home folder (or one holding it): make a folder for Steward, e.g. 'steward init ~/steward'.
            """)

    @OptionGroup var options: WorkspaceOptions
    @Argument(help: ArgumentHelp("The folder to create (the same as --workspace).", valueName: "dir")) var folder: String?
    @Flag(name: .shortAndLong, help: "Import a folder of any size (over 100,000 files or 1 GiB) without refusing.") var yes = false
    @Flag(help: "Print the result as JSON.") var json = false
    // For tests only (documented in spec 5.1): lower the import limit so a small folder is over it.
    @Option(help: .hidden) var importLimitFiles: Int?
    @Option(help: .hidden) var importLimitBytes: Int64?

    func validate() throws {
        if folder != nil && options.workspace != nil { throw ValidationError("give the folder once: as an argument or with --workspace, not both") }
    }

    func run() async throws {
        let path = folder ?? options.path
        let standard = Workspace.ImportLimit.standard
        let limit = yes ? nil : Workspace.ImportLimit(files: importLimitFiles ?? standard.files, bytes: importLimitBytes ?? standard.bytes)
        let (ws, creation) = try await Workspace.create(at: path, seed: Seed.files, by: Identity.approver(explicit: nil), importLimit: limit)
        // Create the (empty) store now, so the layout of .steward/ is there from the start.
        _ = try WorkspaceServices.openStore(stateDir: ws.stateDir)
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
            print(
                "Other commands use \(Escape.inline(found)) unless told: run them with --workspace \(Escape.inline(creation.root)), or 'export STEWARD_WORKSPACE=\(Escape.inline(creation.root))'."
            )
        }
        print(
            "Next: 'steward models' checks which models answer; 'steward run \"TASK\"' gives an agent a task, which ends in a proposal for 'steward review'; 'steward serve' opens the dashboard."
        )
    }
}
