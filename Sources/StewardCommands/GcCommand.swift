import ArgumentParser
import Foundation
import StewardCore
import StewardSandbox

/// `steward gc`: packs the workspace's repository (spec 5.10a).
struct GcCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gc",
        abstract: "Pack the workspace's git repository (one pack of every object a ref reaches, packed refs) and prune old unreachable objects.",
        discussion: """
            Keeps everything a ref reaches: main, pending proposals, the archives of rejected proposals, \
            the audit trail and the decision refs all still resolve. Then deletes the loose objects \
            nothing reaches (no ref, reflog, the index, or a younger object) that are older than the \
            grace period, as git gc does: git's gc.pruneExpire, else 2.weeks.ago; --prune WHEN for \
            this run. A command still writing (a proposal not yet numbered, a sync) writes young \
            objects, which the grace period keeps; use --prune now only when nothing else runs. \
            With --expire-archives DAYS, the archives of proposals rejected more than DAYS days ago \
            (and their superseded refs) are removed first, each leaving an 'expired' audit event; \
            their objects go once they are older than the grace period. \
            Runs under the workspace's lock, as doctor does; a second gc finds nothing to do.
            """)

    @OptionGroup var options: WorkspaceOptions
    @Option(
        name: .customLong("expire-archives"),
        help: ArgumentHelp("First remove the archives of proposals rejected more than DAYS days ago.", valueName: "DAYS"))
    var expireDays: Int?
    @Flag(help: "With --expire-archives: only list what would expire; change nothing (nothing is packed or pruned).") var dryRun = false
    @Option(
        help: ArgumentHelp(
            "Delete unreachable objects older than WHEN: now, never, or a time ago such as 2.weeks.ago (default: git's gc.pruneExpire, else 2.weeks.ago).",
            valueName: "WHEN"))
    var prune: String?
    @Option(help: "Who runs gc, recorded on each expiry (default: $STEWARD_APPROVER, else the OS user).") var by: String?
    @Flag(help: "Print what was done and the sizes before and after as JSON.") var json = false

    func validate() throws {
        if let d = expireDays, !Workspace.expiryDays.contains(Double(d)) {
            throw ValidationError("--expire-archives is \(d), but must be \(Workspace.expiryDays)")
        }
        if dryRun, expireDays == nil { throw ValidationError("--dry-run lists what --expire-archives DAYS would expire; give DAYS") }
        if let prune {
            do {
                _ = try PruneExpiry.parse(prune, key: "--prune")
            } catch let e as StewardError {
                throw ValidationError(e.message)
            }
        }
    }

    func run() async throws {
        let ws = try await options.open()
        let person = Identity.approver(explicit: by)
        let expiry = try prune.map { try PruneExpiry.parse($0, key: "--prune") }
        let r = try await ws.gc(expireDays: expireDays, dryRun: dryRun, prune: expiry, by: person)
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
            print(line)
        } else {
            print("already packed")
        }
        print(Self.pruneLine(r))
        print("before: " + r.before.summary)
        print("after:  " + r.after.summary)
    }

    /// What the prune did: "pruned 12 unreachable objects older than 2.weeks.ago; kept 3 …".
    static func pruneLine(_ r: GcResult) -> String {
        func objects(_ n: Int) -> String { "\(WorkspaceSize.count(n)) unreachable object\(n == 1 ? "" : "s")" }
        let n = r.keptLoose + r.keptPacked
        let packed = r.keptPacked == 0 ? "" : r.keptLoose == 0 ? ", packed" : ", \(WorkspaceSize.count(r.keptPacked)) of them packed"
        let kept = n > 0 ? "kept \(objects(n)) (younger, or reached by a reflog or the index\(packed))" : nil
        switch r.prune {
        case "never": return "pruned nothing (prune: never)" + (n > 0 ? "; kept \(objects(n))" : "")
        case "now": return "pruned \(objects(r.pruned)) (prune: now)" + (kept.map { "; " + $0 } ?? "")
        default: return "pruned \(objects(r.pruned)) older than \(r.prune)" + (kept.map { "; " + $0 } ?? "")
        }
    }
}
