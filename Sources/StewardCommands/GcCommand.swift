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
            With --expire-archives DAYS, the archives of proposals rejected more than DAYS days ago \
            (and their superseded refs) are removed first, each leaving an 'expired' audit event. \
            Runs under the workspace's lock, as doctor does; a second gc finds nothing to do.
            """)

    @OptionGroup var options: WorkspaceOptions
    @Option(
        name: .customLong("expire-archives"),
        help: ArgumentHelp("First remove the archives of proposals rejected more than DAYS days ago.", valueName: "DAYS"))
    var expireDays: Int?
    @Flag(help: "With --expire-archives: only list what would expire; change nothing.") var dryRun = false
    @Option(help: "Who runs gc, recorded on each expiry (default: $STEWARD_APPROVER, else the OS user).") var by: String?
    @Flag(help: "Print what was done and the sizes before and after as JSON.") var json = false

    func validate() throws {
        if let d = expireDays, !Workspace.expiryDays.contains(Double(d)) {
            throw ValidationError("--expire-archives is \(d), but must be \(Workspace.expiryDays)")
        }
        if dryRun, expireDays == nil { throw ValidationError("--dry-run lists what --expire-archives DAYS would expire; give DAYS") }
    }

    func run() async throws {
        let ws = try await options.open()
        let person = Identity.approver(explicit: by)
        let r = try await ws.gc(expireDays: expireDays, dryRun: dryRun, by: person)
        if json {
            try Terminal.printJSON(r)
            return
        }
        if let days = expireDays {
            if r.expired.isEmpty { print("no archive of a proposal rejected more than \(days) day\(days == 1 ? "" : "s") ago") }
            for e in r.expired {
                print(
                    "\(dryRun ? "would expire" : "expired") #\(e.number) \(Escape.inline(e.title)): rejected \(Terminal.timestamp(e.rejectedOn)), archive \(e.head.prefix(10)), \(e.refs.count) ref\(e.refs.count == 1 ? "" : "s")"
                )
            }
            if dryRun { return }
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
