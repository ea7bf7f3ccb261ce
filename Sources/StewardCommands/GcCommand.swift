import ArgumentParser
import Foundation
import StewardCore
import StewardSandbox

/// `steward gc`: packs the workspace's repository (spec 5.10a).
struct GcCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gc",
        abstract: "Pack the workspace's git repository: one pack of every object a ref reaches, and packed refs.",
        discussion: """
            Keeps everything: main, pending proposals, the archives of rejected proposals, the audit \
            trail and the decision refs all still resolve. Loose objects no ref reaches are kept too. \
            Runs under the workspace's lock, as doctor does; a second gc finds nothing to do.
            """)

    @OptionGroup var options: WorkspaceOptions
    @Flag(help: "Print what was done and the sizes before and after as JSON.") var json = false

    func run() async throws {
        let ws = try await options.open()
        let r = try await ws.gc()
        if json {
            try Terminal.printJSON(r)
            return
        }
        if r.packed {
            var line =
                "packed \(WorkspaceSize.count(r.packedObjects)) object\(r.packedObjects == 1 ? "" : "s") into one pack; removed \(WorkspaceSize.count(r.removedLoose)) loose"
            if r.removedPacks > 0 { line += " and \(WorkspaceSize.count(r.removedPacks)) older pack\(r.removedPacks == 1 ? "" : "s")" }
            if r.keptLoose > 0 { line += "; kept \(WorkspaceSize.count(r.keptLoose)) loose that no ref reaches" }
            print(line)
        } else {
            print(
                "already packed: nothing to do"
                    + (r.keptLoose > 0 ? " (\(WorkspaceSize.count(r.keptLoose)) loose objects no ref reaches are kept)" : ""))
        }
        print("before: " + r.before.summary)
        print("after:  " + r.after.summary)
    }
}
