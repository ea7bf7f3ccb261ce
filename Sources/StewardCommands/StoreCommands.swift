import ArgumentParser
import Foundation
import StewardCore
import StewardPostgres
import StewardStore

struct StoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store", abstract: "The shared store of a workspace's machines (PostgreSQL, [database] in .steward/config.toml).",
        subcommands: [StoreImport.self])
}

/// `steward store import` (spec 23.2): this machine's history, from its SQLite store into the
/// shared database, once.
struct StoreImport: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Copy this machine's tasks, steps, model calls (spend) and schedules from its SQLite store into the shared database, once.",
        discussion: """
            Run it once on each machine that worked alone before [database] was set, so every machine lists its tasks and \
            the budget caps count what it spent. Running it again copies nothing that is there already. This machine's \
            SQLite store is left as it is.
            """)

    @OptionGroup var options: WorkspaceOptions
    @Flag(help: "Print the counts as JSON.") var json = false

    struct Output: Encodable {
        var database: String
        var counts: StoreImportCounts
    }

    func run() async throws {
        let (ws, store, shared) = try await options.openWithShared(syncAudit: false)
        guard let database = shared as? PostgresDatabase else {
            throw StewardError.usage(
                "steward store import copies this machine's history into the shared database of [database] in .steward/config.toml, and there is none; add [database] url = \"postgres://USER@HOST/DATABASE\" there first (spec 23.1)"
            )
        }
        let history = try await store.sharedHistory()
        let counts = try await database.importHistory(
            tasks: history.tasks, steps: history.steps, calls: history.calls, schedules: history.schedules,
            machine: (try? ws.machineID()) ?? nil)
        if json { return try Terminal.printJSON(Output(database: "\(database.url)", counts: counts)) }
        func line(_ p: StoreImportCounts.Pair, _ what: String) -> String {
            "\(p.copied) \(what)" + (p.present > 0 ? " (\(p.present) there already)" : "")
        }
        let lines = [
            line(counts.tasks, "tasks"), line(counts.steps, "steps"),
            line(counts.modelCalls, "model calls") + String(format: ", $%.4f of cloud spend", counts.cloudUSDCopied),
            line(counts.schedules, "schedules"),
        ]
        if counts.copiedNothing {
            print("Nothing to import into \(database.url): \(lines.joined(separator: ", ")). This machine's history is there already.")
        } else {
            print("Imported into \(database.url): \(lines.joined(separator: ", ")).")
        }
    }
}
