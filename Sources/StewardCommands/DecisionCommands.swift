import ArgumentParser
import Foundation
import StewardCore
import StewardSandbox
import StewardWorker

struct ApproveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "approve",
        abstract: "Merge a proposal into main (pre-merge hooks first); asks for confirmation.",
        discussion: """
            Without a terminal, --yes is required. The approver is --by, else $STEWARD_APPROVER, else the OS user.
            --only/--except approve part of it (the paths 'steward diff N' lists; either path of a rename takes it whole): \
            the rest stays pending in N, carried onto the new main, or is rejected with --reject-rest.
            """)

    @OptionGroup var options: WorkspaceOptions
    @Argument(help: "The proposal number.") var number: ProposalNumber
    @Flag(name: .shortAndLong, help: "Approve without asking.") var yes = false
    @Option(help: "Who approves (recorded as Steward-Approved-By).") var by: String?
    @Option(help: ArgumentHelp("Approve only if the proposal's head is still this commit (what you reviewed).", valueName: "sha")) var head: String?
    @Flag(help: "You have read the risks the skill check flagged in its scripts and approve anyway.") var acceptRisks = false
    @Option(parsing: .upToNextOption, help: ArgumentHelp("Approve only these files; the rest stays pending.", valueName: "path")) var only: [String] =
        []
    @Option(parsing: .upToNextOption, help: ArgumentHelp("Approve every file but these.", valueName: "path")) var except: [String] = []
    @Option(help: ArgumentHelp("With --only/--except: reject the files left out, for this reason.", valueName: "reason")) var rejectRest: String?
    @Flag(help: "Print the result as JSON.") var json = false

    func run() async throws {
        try InputLimit.reason.check(rejectRest)
        let choice = try FileChoice.from(only: only, except: except, rejectRest: rejectRest)
        let ws = try await options.open()
        let n = try number.value
        var reviewed = head
        // A proposal that is not there, not pending, or a path it does not change is said
        // before any question (and before "pass --yes", which would not help).
        try await ws.check(choice, of: n)
        if !yes {
            guard Terminal.stdinIsTTY else {
                throw StewardError.usage("approving #\(n) needs a confirmation and there is no terminal to ask; pass --yes")
            }
            let p = try await ws.proposal(n)
            Terminal.note(
                "#\(n) \(Escape.inline(p.title)) — by \(Escape.inline(p.agent)), \(p.files) file\(p.files == 1 ? "" : "s"), +\(p.additions) -\(p.deletions), head \(p.head?.prefix(10) ?? "?"), status \(p.statusSummary)"
            )
            // A task's late offline proposal, or the one it went on with (spec 23.4), said
            // before the question, so that both are not approved by accident. Approving needs
            // no database: one that does not answer leaves the question as it was.
            if case (_, let store, let shared)? = try? await options.openWithShared(syncAudit: false, configNotes: false) {
                let marks = await LateOfflineProposals.marks((try? await ws.pending(cache: store)) ?? [], workspace: ws, ledger: shared)
                for note in LateOfflineProposals.notes(about: n, in: marks) { Terminal.note(note.capitalizedFirst) }
            }
            let question = choice == .all ? "Approve #\(n) and merge it into main?" : "Approve the chosen files of #\(n) and merge them into main?"
            guard Confirm.ask(question + " [y/N] ") else {
                Terminal.note("Not approved; nothing changed.")
                throw ExitCode(1)
            }
            // Approve exactly what was shown: if it changes while the question waits, refuse.
            reviewed = reviewed ?? p.head
        }
        let approver = Identity.approver(explicit: by)
        let r = try await ws.approve(n, files: choice, by: approver, expectedHead: reviewed, acceptRisks: acceptRisks, rejectRest: rejectRest)
        if json {
            try Terminal.printJSON(r)
            return
        }
        if let part = r.part {
            let files = r.files.map(Escape.inline).joined(separator: ", ")
            print(
                "Approved part \(part) of #\(n) as \(Escape.inline(approver)): merged into main as \(r.commit.prefix(10)) (\(r.files.count) file\(r.files.count == 1 ? "" : "s"): \(files))."
            )
            let rest = (r.declined ?? []).map(Escape.inline).joined(separator: ", ")
            if r.rejected == true {
                print("Rejected the rest of #\(n): \(rest).")
            } else {
                // What is really left: a declined file that already matches the new main is not.
                let left = Set((try? await ws.diff(n))?.files.flatMap { [$0.path] + ($0.oldPath.map { [$0] } ?? []) } ?? r.declined ?? [])
                let pending = (r.declined ?? []).filter(left.contains)
                let matching = (r.declined ?? []).filter { !left.contains($0) }
                if pending.isEmpty {
                    print("\(ProposalInfo.nothingLeftNote(n, afterParts: true, files: matching).capitalizedFirst).")
                } else {
                    let already =
                        matching.isEmpty
                        ? "" : "; \(matching.map(Escape.inline).joined(separator: ", ")) already match\(matching.count == 1 ? "es" : "") main"
                    print("Still pending in #\(n): \(pending.map(Escape.inline).joined(separator: ", ")) ('steward diff \(n)')\(already).")
                }
            }
            for note in r.notes ?? [] { Terminal.note("note: \(Escape.inline(note))") }
            if let problem = r.checkoutProblem { Terminal.note("warning: \(Escape.inline(problem))") }
            print("Undo this part any time with 'steward rollback \(n) --part \(part)'.")
            return
        }
        print(
            "Approved #\(n) as \(Escape.inline(approver)): merged into main as \(r.commit.prefix(10)) (\(r.files.count) file\(r.files.count == 1 ? "" : "s"))."
        )
        for note in r.notes ?? [] { Terminal.note("note: \(Escape.inline(note))") }
        if let problem = r.checkoutProblem {
            Terminal.note("warning: \(Escape.inline(problem))")
        } else if !r.checkoutUpdated {
            print("Your checkout is not on main; it was left as it is.")
        }
        print("Undo it any time with 'steward rollback \(n)'.")
    }
}

struct RejectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reject", abstract: "Reject a proposal: its branch is deleted, its commits kept under refs/steward/archive/N.")

    @OptionGroup var options: WorkspaceOptions
    @Argument(help: "The proposal number.") var number: ProposalNumber
    @Option(help: "Why (recorded in the audit trail).") var reason: String?
    @Option(help: "Who rejects (default: $STEWARD_APPROVER, else the OS user).") var by: String?
    @Flag(help: "Print the result as JSON.") var json = false

    func run() async throws {
        try InputLimit.reason.check(reason)
        let ws = try await options.open()
        let info = try await ws.reject(number.value, by: Identity.approver(explicit: by), reason: reason)
        if json {
            try Terminal.printJSON(info)
            return
        }
        if let parts = info.parts, !parts.isEmpty {
            // Approved in part before (spec 5.5a): what is rejected is the rest.
            print("Rejected the rest of #\(info.number): \(Escape.inline(info.title)). #\(info.number) is now \(info.statusSummary).")
            print("The rest's commits stay under refs/steward/archive/\(info.number).")
            return
        }
        print("Rejected #\(info.number): \(Escape.inline(info.title)). Its commits stay under refs/steward/archive/\(info.number).")
    }
}

struct RollbackCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rollback",
        abstract: "Undo an approved proposal (or a rollback) with a new commit on main; the rollback gets its own number.")

    @OptionGroup var options: WorkspaceOptions
    @Argument(help: "The number to undo.") var number: ProposalNumber
    @Option(help: ArgumentHelp("Undo only part K of a proposal approved in parts.", valueName: "K")) var part: Int?
    @Option(help: "Why (recorded in the commit and the audit trail).") var reason: String?
    @Option(help: "Who rolls back (default: $STEWARD_APPROVER, else the OS user).") var by: String?
    @Flag(help: "Print the result as JSON.") var json = false

    func run() async throws {
        try InputLimit.reason.check(reason)
        let ws = try await options.open()
        let r = try await ws.rollback(number.value, part: part, by: Identity.approver(explicit: by), reason: reason)
        if json {
            try Terminal.printJSON(r)
            return
        }
        let m = r.rollbackNumber ?? 0
        print(
            "Rolled back #\(r.number)\(part.map { ", part \($0)," } ?? "") as #\(m): commit \(r.commit.prefix(10)) on main (\(r.files.count) file\(r.files.count == 1 ? "" : "s"))."
        )
        print("To restore it, run 'steward rollback \(m)'.")
        if let problem = r.checkoutProblem { Terminal.note("warning: \(Escape.inline(problem))") }
    }
}

struct RefreshCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "refresh",
        abstract: "Carry a pending proposal forward onto the current main by replaying its operations.",
        discussion: "What still conflicts is named and nothing changes. The old head is kept under refs/steward/superseded/.")

    @OptionGroup var options: WorkspaceOptions
    @Argument(help: "The proposal number.") var number: ProposalNumber
    @Option(help: "Who refreshes (default: $STEWARD_APPROVER, else the OS user).") var by: String?
    @Flag(help: "Print the result as JSON.") var json = false

    func run() async throws {
        let ws = try await options.open()
        let r = try await ws.refresh(number.value, by: Identity.approver(explicit: by))
        if json {
            try Terminal.printJSON(r)
            return
        }
        if r.upToDate == true {
            print("#\(r.number) is already based on the current main (\(r.base.prefix(10))); nothing to refresh.")
            return
        }
        if let left = try? await ws.proposal(r.number), left.status == .pending, left.files == 0 {
            // Main already has all it changes: say so rather than ask for a review of nothing.
            print(
                "Refreshed #\(r.number) onto main \(r.base.prefix(10)); \(ProposalInfo.nothingLeftNote(r.number, afterParts: !(left.parts ?? []).isEmpty))."
            )
        } else {
            print("Refreshed #\(r.number) onto main \(r.base.prefix(10)); review it again with 'steward diff \(r.number)'.")
        }
        for p in r.replaced ?? [] {
            Terminal.note(
                "warning: \(Escape.inline(p)): main's newer changes overlap the proposal's write; approving would replace them (see the diff)")
        }
    }
}

enum Confirm {
    static func ask(_ prompt: String) -> Bool {
        FileHandle.standardError.write(Data(prompt.utf8))
        guard let line = readLine() else { return false }
        return ["y", "yes"].contains(line.trimmingCharacters(in: .whitespaces).lowercased())
    }
}
