import ArgumentParser
import Foundation
import StewardCore
import StewardMemory
import StewardSandbox
import StewardWorker

/// `steward sync` (spec 22.6): fetch, catch up, push what only this machine has.
struct SyncCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Bring this machine and its git remote level: take what other machines decided, push what only this one has.",
        discussion: """
            Fetches the remote (git's 'origin', or [remote] in .steward/config.toml) into refs/steward-sync/, takes every ref \
            another machine may move as it may move it, fast-forwards main and your checkout (never over uncommitted edits), \
            then pushes what only this machine has in one atomic push. What it refuses to take is listed as a problem \
            (exit 4), and nothing of it is applied. Running it twice changes nothing the second time.
            """)

    @OptionGroup var options: WorkspaceOptions
    @Option(
        name: .customLong("accept-rules"),
        help: ArgumentHelp(
            "Take the remote's main although it changes hooks/, prompts/ or steward.toml, up to this commit (you read it).", valueName: "commit"))
    var acceptRules: String?
    @Flag(
        name: .customLong("new-machine-id"),
        help: "Give this clone a new machine id first (another clone writes with its id, e.g. a copied .steward/).")
    var newMachineID = false
    @Flag(name: .shortAndLong, help: "No progress lines.") var quiet = false
    @Flag(help: "Print what was done as JSON.") var json = false

    func run() async throws {
        let (ws, store) = try await options.openWithStore(syncAudit: false)
        let chatty = !quiet && !json
        let progress: @Sendable (String) -> Void = { line in if chatty { Terminal.note(Terminal.dim(line)) } }
        let renewal = newMachineID ? try await ws.renewMachineID(progress: progress) : nil
        // The catch-up brings the store up to every chain it took.
        var report = try await ws.sync(acceptRules: acceptRules, progress: progress)
        if let renewal {
            report.previousMachineID = renewal.old
            report.eventsMoved = renewal.moved
        }
        if json {
            try Terminal.printJSON(report)
        } else {
            Self.show(report)
            // An offline proposal whose task another machine's worker went on with (spec 23.4).
            if !report.numbered.isEmpty, let shared = try? await WorkspaceServices.openShared(ws, store: store) {
                for line in await LateOfflineProposals.notes(report.numbered, workspace: ws, ledger: shared) { print(Escape.inline(line)) }
            }
        }
        if !report.problems.isEmpty { throw ExitCode(StewardError.Code.conflict.exitStatus) }
    }

    static func show(_ r: SyncReport) {
        let at = "\(Escape.inline(r.remote)) (\(Escape.inline(r.url)))"
        if let moved = r.eventsMoved {
            let was = r.previousMachineID.map { " (was \($0); what it wrote under that id stays readable)" } ?? ""
            let events =
                moved == 0 ? "" : "; \(moved) event\(moved == 1 ? "" : "s") of the old chain that \(Escape.inline(r.remote)) did not hold moved to it"
            print("This machine's id is now \(r.machineID)\(was): its events go to refs/steward/trail/\(r.machineID)\(events).")
        }
        if !r.changed && r.problems.isEmpty {
            print("Already in step with \(at): main at \(r.main.prefix(10)); nothing to take or push.")
            return
        }
        if !r.taken.isEmpty {
            print("Took \(r.taken.count) ref\(r.taken.count == 1 ? "" : "s") from \(Escape.inline(r.remote)): \(list(r.taken)).")
        }
        if !r.pushed.isEmpty {
            print("Pushed \(r.pushed.count) ref\(r.pushed.count == 1 ? "" : "s") to \(Escape.inline(r.remote)): \(list(r.pushed)).")
        }
        for m in r.mergedOutside {
            print(
                "#\(m.number) was merged on \(Escape.inline(r.remote)) outside Steward by \(Escape.inline(m.actor)) (\(m.commit.prefix(10))): recorded as approved."
            )
        }
        for n in r.numbered { print("\(n.offline) is now #\(n.number) (pushed to \(Escape.inline(r.remote))).") }
        for c in r.commentsPublished {
            if let k = c.resolves, let who = c.alreadyResolvedBy {
                print(
                    "Comment \(k) on #\(c.proposal), resolved here offline, was already resolved on \(Escape.inline(r.remote)) by \(Escape.inline(who)); nothing to push for it."
                )
            } else if let k = c.resolves {
                print("Comment \(k) on #\(c.proposal), resolved here offline, is now resolved on \(Escape.inline(r.remote)) (record \(c.id)).")
            } else {
                print("A comment made offline on #\(c.proposal) is now comment \(c.id) (pushed to \(Escape.inline(r.remote))).")
            }
        }
        for p in r.problems { print("problem: \(Escape.inline(p))") }
        print("main at \(r.main.prefix(10)); synced with \(at).")
    }

    /// Up to eight refs (without `refs/`, a deleted one said so), then how many more.
    static func list(_ changes: [SyncReport.Change]) -> String {
        let shown = changes.prefix(8).map { c in
            Escape.inline(c.ref.hasPrefix("refs/") ? String(c.ref.dropFirst(5)) : c.ref) + (c.new == nil ? " (deleted)" : "")
        }
        return shown.joined(separator: ", ") + (changes.count > 8 ? " and \(changes.count - 8) more" : "")
    }
}

/// Commands that list (spec 22.6): catch up with the remote first when it answers within
/// `quick_timeout_seconds`, otherwise say on stderr how old what they list is. What they print
/// and their exit status stay their own.
enum ListingCatchUpNotes {
    static func show(_ ws: Workspace) async {
        let r = await ws.catchUpForListing()
        for note in r.notes { Terminal.note("note: \(Escape.inline(note))") }
        if let stale = r.stale { Terminal.note(Terminal.dim(Escape.inline(stale))) }
    }
}

/// `steward status` (spec 22.6).
struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Where this machine stands against its remote: main ahead/behind, the last good sync, offline proposals, its id.",
        discussion: """
            Fetches and takes what the remote holds first (never pushes; 'steward sync' does) when it answers within \
            [remote] quick_timeout_seconds; otherwise says how old what it shows is.
            """)

    @OptionGroup var options: WorkspaceOptions
    @Flag(help: "Print the status as JSON.") var json = false

    func run() async throws {
        let (ws, _) = try await options.openWithStore(syncAudit: false)
        await ListingCatchUpNotes.show(ws)
        let s = try await ws.status()
        if json {
            try Terminal.printJSON(s)
            return
        }
        guard let remote = s.remote else {
            print("No remote: this workspace is on this machine only (main at \(s.main.prefix(10))).")
            print("To use it from other machines: 'git -C \(Escape.inline(ws.root)) remote add origin URL', then 'steward sync'.")
            return
        }
        print("Remote: \(Escape.inline(remote)) (\(Escape.inline(s.url ?? "")))")
        if let theirs = s.remoteMain {
            let level = s.ahead == 0 && s.behind == 0 ? "level with" : "\(s.ahead) ahead of, \(s.behind) behind"
            print("main: \(s.main.prefix(10)), \(level) \(Escape.inline(remote))'s main (\(theirs.prefix(10))) as last fetched")
        } else {
            print("main: \(s.main.prefix(10)); \(Escape.inline(remote)) holds no main yet (as last fetched): 'steward sync' pushes it")
        }
        if let last = s.lastSync {
            print("Last good sync: \(Terminal.timestamp(last)) (\(Terminal.age(last)) ago)")
        } else {
            print("Last good sync: never; run 'steward sync'")
        }
        if !s.offlineProposals.isEmpty {
            print("Offline proposals waiting for a number ('steward sync' numbers them):")
            for p in s.offlineProposals { print("  \(p.offline ?? "") \(Escape.inline(p.title)) (\(Terminal.age(p.created)) ago)") }
        }
        if s.unsyncedComments > 0 {
            print("Comments made offline, not synced yet: \(s.unsyncedComments) ('steward sync' publishes them)")
        }
        print("This machine: \(s.machineID ?? "no id yet (the first sync makes one)")")
    }
}

/// `steward clone URL [DIR]` (spec 22.6).
struct CloneCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clone",
        abstract: "Make a workspace on this machine from a git remote that holds one: main, the proposals, the audit trail.",
        discussion: """
            Runs 'git clone' (your ssh config and credential helpers are used; nothing prompts), keeps .steward/ out of git, \
            gives this machine an id of its own, takes the remote's proposals and decisions, and builds the store from every \
            machine's audit chain. DIR defaults to the last part of URL without '.git'.
            """)

    @Argument(help: "The remote: ssh://, git@host:path, https://, git:// or a path.") var url: String
    @Argument(help: ArgumentHelp("The folder to create (empty or absent).", valueName: "dir")) var folder: String?
    @Flag(name: .shortAndLong, help: "No progress lines.") var quiet = false
    @Flag(help: "Print the result as JSON.") var json = false

    func run() async throws {
        let dir = folder ?? Workspace.cloneFolder(for: url)
        let chatty = !quiet && !json
        let progress: @Sendable (String) -> Void = { line in if chatty { Terminal.note(Terminal.dim(line)) } }
        let (ws, report) = try await Workspace.clone(url: url, into: dir, progress: progress)
        // The store, built from every chain the catch-up took.
        _ = try await WorkspaceServices.openWorkspace(at: ws.root)
        if json {
            try Terminal.printJSON(report)
        } else {
            let root = Escape.inline(ws.root)
            print("Cloned \(Escape.inline(report.url)) into \(root) (main at \(report.main.prefix(10))); this machine is \(report.machineID).")
            for p in report.problems { print("problem: \(Escape.inline(p))") }
            print("Run commands with --workspace \(root); 'steward review' lists what waits, 'steward sync' takes what others decide.")
        }
        if !report.problems.isEmpty { throw ExitCode(StewardError.Code.conflict.exitStatus) }
    }
}
