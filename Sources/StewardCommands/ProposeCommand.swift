import ArgumentParser
import Foundation
import StewardCore
import StewardSandbox

struct ProposeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "propose",
        abstract: "Make a proposal from a JSON list of file operations; prints its number.",
        discussion: """
            Operations: {"op":"write","path":P,"content":TEXT} (or "base64":BYTES; "executable":true under skills/ only), \
            {"op":"delete","path":P}, {"op":"move","from":P,"to":Q} ("overwrite":true to replace Q). \
            All are checked before the first commit: one refused operation means no proposal.
            """)

    @OptionGroup var options: WorkspaceOptions
    @Option(help: "What the proposal does, in a few words.") var title: String
    @Option(help: "Who proposes (recorded in every commit).") var agent = "cli"
    @Option(help: ArgumentHelp("A file holding the operations, or - for stdin.", valueName: "file|-")) var ops = "-"
    @Option(help: ArgumentHelp("Narrow the folders this proposal may write, e.g. memory,outputs.", valueName: "list")) var folders: String?
    @Flag(help: "Print the result as JSON.") var json = false

    func run() async throws {
        let policy = try PathPolicy.outsideTools(folders: folders.map { $0.split(separator: ",").map(String.init) })
        let data: Data
        if ops == "-" {
            if Terminal.stdinIsTTY { Terminal.note("Reading operations (a JSON list) from stdin; end with Ctrl-D.") }
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let d = FileManager.default.contents(atPath: ops) else {
                throw StewardError.usage("cannot read --ops file \(Escape.inline(ops)); give a readable file or - for stdin")
            }
            data = d
        }
        let operations = try FileOperation.parseList(data)
        let ws = try await options.open()
        let result = try await ws.propose(title: title, agent: agent, operations: operations, policy: policy)
        if json {
            try Terminal.printJSON(result)
            return
        }
        if let name = result.offline {
            // The remote did not answer (spec 22.4): kept here until 'steward sync' numbers it.
            print(
                "Proposed \(name) offline: \(Escape.inline(title)) (\(result.commits.count) operation\(result.commits.count == 1 ? "" : "s") under \(result.branch))."
            )
            print("\(result.offlineBecause.map { Escape.inline($0) + "; " } ?? "")it gets its number at the next 'steward sync'.")
            print("Review it with 'steward diff \(name)'; approving or rejecting it waits for its number.")
            return
        }
        print(
            "Proposed #\(result.number): \(Escape.inline(title)) (\(result.commits.count) operation\(result.commits.count == 1 ? "" : "s") on \(result.branch))"
        )
        print("Review it with 'steward diff \(result.number)', then 'steward approve \(result.number)' or 'steward reject \(result.number)'.")
    }
}
