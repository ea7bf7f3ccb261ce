import ArgumentParser
import Foundation
import StewardCore
import StewardGit
import StewardSandbox

struct ReviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review", abstract: "List pending proposals: number, title, agent, age, files changed, +/- lines.")

    @OptionGroup var options: WorkspaceOptions
    @Flag(help: "Print the list as JSON.") var json = false

    func run() async throws {
        let (ws, store) = try await options.openWithStore(syncAudit: false)
        let list = try await ws.pending(cache: store)
        if json {
            try Terminal.printJSON(list)
            return
        }
        if list.isEmpty {
            print("No pending proposals.")
            return
        }
        var rows = [["#", "TITLE", "AGENT", "AGE", "FILES", "+/-"]]
        for p in list {
            rows.append(["\(p.number)", Escape.inline(p.title), Escape.inline(p.agent), Terminal.age(p.created), "\(p.files)", "+\(p.additions) -\(p.deletions)"])
        }
        print(Terminal.table(rows))
    }
}

struct DiffCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff", abstract: "Show a proposal's changes as a unified diff against its base (always as text).")

    @OptionGroup var options: WorkspaceOptions
    @Argument(help: "The proposal number.") var number: ProposalNumber
    @Flag(help: "Only the changed files and their +/- lines.") var stat = false
    @Flag(help: "Print the diff as JSON.") var json = false

    struct Output: Encodable {
        var number: Int
        var title: String
        var base: String
        var head: String
        var files: [FileStat]
        var patch: String?
    }

    func run() async throws {
        let ws = try await options.open()
        let d = try await ws.diff(number.value)
        if json {
            try Terminal.printJSON(Output(number: d.number, title: d.title, base: d.base, head: d.head, files: d.files, patch: stat ? nil : d.text))
            return
        }
        print(Terminal.color("Proposal #\(d.number): \(Escape.inline(d.title))", "1"))
        print("base \(d.base.prefix(10))  head \(d.head.prefix(10))  \(d.files.count) file\(d.files.count == 1 ? "" : "s")")
        if stat || d.files.isEmpty {
            for f in d.files {
                let name = f.oldPath.map { "\(Escape.inline($0)) -> \(Escape.inline(f.path))" } ?? Escape.inline(f.path)
                let mode = f.oldMode.map { " mode \($0) → \(f.newMode ?? "?")" } ?? ""
                print(" \(f.status.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) \(name)  +\(f.additions) -\(f.deletions)\(mode)")
            }
            return
        }
        print("")
        for line in Escape.block(d.text).split(separator: "\n", omittingEmptySubsequences: false) {
            let l = String(line)
            if l.hasPrefix("+++") || l.hasPrefix("---") || l.hasPrefix("diff ") || l.hasPrefix("index ") {
                print(Terminal.color(l, "1"))
            } else if l.hasPrefix("+") {
                print(Terminal.color(l, "32"))
            } else if l.hasPrefix("-") {
                print(Terminal.color(l, "31"))
            } else if l.hasPrefix("@@") {
                print(Terminal.color(l, "36"))
            } else {
                print(l)
            }
        }
    }
}
