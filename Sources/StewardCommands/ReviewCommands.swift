import ArgumentParser
import Foundation
import StewardCore
import StewardMemory
import StewardSandbox
import StewardStore
import StewardWorker

struct ReviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review", abstract: "List pending proposals: number, title, agent, age, files changed, +/- lines.")

    @OptionGroup var options: WorkspaceOptions
    @Flag(help: "Print the list as JSON.") var json = false

    func run() async throws {
        // With [database], tasks are the shared store's: one run on another machine counts too.
        let (ws, store, shared) = try await options.openWithShared(syncAudit: false)
        await ListingCatchUpNotes.show(ws)
        let list = try await ws.pending(cache: store)
        // Made while the remote did not answer (spec 22.4): after the numbered ones.
        let offline = try await ws.offlineProposals()
        // A task's late offline proposal (spec 23.4): which task, which proposal it went on
        // with, what to do; said on both, so neither is approved as well by accident.
        let marks = await LateOfflineProposals.marks(list, workspace: ws, ledger: shared)
        if json {
            try Terminal.printJSON(
                list.map { p in
                    var p = p
                    p.late = marks[p.number]
                    return p
                } + offline)
            return
        }
        if list.isEmpty && offline.isEmpty {
            print("No pending proposals.")
            return
        }
        // Notes for the reviewer: changed since their last `steward diff`, or left unfinished
        // by its task (Ctrl-C, a limit, a failure).
        let seen = (try? store.seenHeads()) ?? [:]
        let tasks = (try? await shared.latestTaskStatuses()) ?? [:]
        let comments = try await ws.openCommentCounts()
        let unsynced = try await ws.unsyncedCommentCounts()
        var rows = [["#", "KIND", "TITLE", "AGENT", "AGE", "FILES", "+/-", "NOTE"]]
        for p in list {
            var notes = LateOfflineProposals.notes(about: p.number, in: marks)
            if let s = seen[p.number], s != p.head { notes.append("updated since you looked (steward diff \(p.number) --new)") }
            if let t = tasks[p.number], t != .done && t != .running { notes.append("incomplete: its task \(t.rawValue)") }
            if let c = comments[p.number] { notes.append("\(c) open comment\(c == 1 ? "" : "s") (steward comments \(p.number))") }
            if let c = unsynced[p.number] { notes.append("\(c) comment\(c == 1 ? "" : "s") not synced yet (steward sync)") }
            // Approved in part (spec 5.5a): the row counts only what is left.
            let afterParts = !(p.parts ?? []).isEmpty
            if afterParts { notes.append(p.statusSummary + (p.files > 0 ? ": FILES and +/- count the rest (steward diff \(p.number))" : "")) }
            if p.files == 0 { notes.append(ProposalInfo.nothingLeftNote(p.number, afterParts: afterParts)) }
            // What it changes, from its paths: self-modifications (config, prompt, skill) come first.
            let kind = (p.kind == .rollback ? ["rollback"] : []) + p.contents
            rows.append([
                "\(p.number)", kind.joined(separator: "+"), Escape.inline(p.title), Escape.inline(p.agent), Terminal.age(p.created), "\(p.files)",
                "+\(p.additions) -\(p.deletions)",
                notes.joined(separator: "; "),
            ])
        }
        for p in offline {
            rows.append([
                "(offline) \(p.offline ?? "")", p.contents.joined(separator: "+"), Escape.inline(p.title), Escape.inline(p.agent),
                Terminal.age(p.created), "\(p.files)", "+\(p.additions) -\(p.deletions)", "no number yet: 'steward sync' numbers it",
            ])
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
    @Flag(help: "Only what changed since you last looked with 'steward diff' (after a revise).") var new = false
    @Flag(help: "Print the diff as JSON.") var json = false
    @OptionGroup var display: DisplayOptions

    func run() async throws {
        let (ws, store) = try await options.openWithStore(syncAudit: false)
        let d: ProposalDiff
        var seen: String?
        if let j = number.offline {
            // Made offline (spec 22.4): all of it, nothing marked seen.
            d = try await ws.diff(offline: j)
        } else {
            let n = try number.value
            seen = new ? (try? store.seenHeads())?[n] : nil
            d = try await ws.diff(n, since: seen)
            // What the person has now seen, for `review` and the next `diff --new`.
            try? store.markSeen(d.number, head: d.head)
        }
        if json {
            // The API's Diff: one type for both (`DiffOutput`).
            try Terminal.printJSON(DiffOutput(d, stat: stat))
            return
        }
        // The text is gathered, then shown at once: through the pager when it is long and
        // stdout is a terminal.
        let colored = display.colorStdout
        var out: [String] = []
        func emit(_ line: String) { out.append(line) }
        // People's comments (spec 3.6), placed on this version of the diff.
        let comments = if let j = number.offline { try await ws.comments(onOffline: j) } else { try await ws.comments(on: d.number) }
        let layout = CommentLayout(lines: d.lines, files: d.files, comments: comments)
        func emitComments(_ comments: [ProposalComment]) {
            for c in comments {
                for line in CommentLines.of(c) { emit(Terminal.color(line, "33", on: colored)) }
            }
        }
        defer { Pager.show(out.map { $0 + "\n" }.joined(), noPager: display.noPager) }
        let name = number.offline.map { "o\($0) (offline: no number yet; 'steward sync' numbers it)" } ?? "#\(d.number)"
        emit(Terminal.color("Proposal \(name): \(Escape.inline(d.title))", "1", on: colored))
        // Where the person decides: a task's late offline proposal, or the one it went on with.
        // Reading a diff needs no database: one that does not answer leaves the notes out.
        if number.offline == nil, d.status == .pending, let shared = try? await WorkspaceServices.openShared(ws, store: store) {
            let marks = await LateOfflineProposals.marks(try await ws.pending(cache: store), workspace: ws, ledger: shared)
            for note in LateOfflineProposals.notes(about: d.number, in: marks) { emit(Terminal.color(note.capitalizedFirst, "33", on: colored)) }
        }
        // Approved in part (spec 5.5a): what already reached main; the diff below is the rest.
        if !d.parts.isEmpty {
            emit("Status: \(ProposalInfo.statusSummary(d.status, parts: d.parts))\(d.status == .pending ? "; below is what is left to decide" : "")")
            for p in d.parts { emit(Self.partLine(p)) }
        }
        if new {
            if d.since == nil {
                emit(
                    seen == nil
                        ? "You have not looked at this proposal with 'steward diff' before; here is all of it."
                        : "The proposal was rebuilt (refresh) since you looked at \(seen!.prefix(10)); here is all of it.")
            } else if d.since == d.head {
                emit("Nothing new since you last looked (head \(d.head.prefix(10))).")
                return
            } else {
                emit("What changed since you last looked (at \(d.since!.prefix(10))):")
            }
        }
        emit(
            "\(d.since == nil ? "base" : "since") \(d.base.prefix(10))  head \(d.head.prefix(10))  \(d.files.count) file\(d.files.count == 1 ? "" : "s")"
        )
        if d.status == .pending, d.since == nil, d.files.isEmpty {
            emit(ProposalInfo.nothingLeftNote(d.number, afterParts: !d.parts.isEmpty).capitalizedFirst + ".")
        }
        if stat || d.files.isEmpty {
            for f in d.files {
                let name = f.oldPath.map { "\(Escape.inline($0)) -> \(Escape.inline(f.path))" } ?? Escape.inline(f.path)
                let mode = f.oldMode.map { " mode \($0) → \(f.newMode ?? "?")" } ?? ""
                emit(" \(f.status.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) \(name)  +\(f.additions) -\(f.deletions)\(mode)")
            }
            let open = comments.filter { $0.state == .open }.count
            if open > 0 { emit("\(open) open comment\(open == 1 ? "" : "s") ('steward comments \(d.number)')") }
            return
        }
        emitComments(layout.top)
        emit("")
        // Styled by what each line is in the diff's structure, never by how its text begins:
        // an added line reading "++ b/x" is green, not a bold file header.
        for (i, line) in d.lines.enumerated() {
            defer { emitComments(layout.after(i)) }
            let l = Escape.block(line.text)
            switch line.kind {
            case .file: emit(Terminal.color(l, "1", on: colored))
            case .hunk: emit(Terminal.color(l, "36", on: colored))
            case .addition: emit(Terminal.color(l, "32", on: colored))
            case .deletion: emit(Terminal.color(l, "31", on: colored))
            case .context, .note: emit(l)
            }
        }
    }

    /// One approved part as the diff's header lists it: `part 1 approved by bob on DATE, merge
    /// ID: a.md, b.md`, and its rollback when it was undone.
    static func partLine(_ p: ProposalPart) -> String {
        var line =
            "part \(p.part) approved by \(Escape.inline(p.approvedBy)) on \(Terminal.timestamp(p.date)), merge \(p.commit.prefix(10)): "
            + p.files.map(Escape.inline).joined(separator: ", ")
        if let m = p.undoneBy { line += p.rolledBack ? " (rolled back by #\(m))" : " (rolled back by #\(m), restored since)" }
        return line
    }
}

extension String {
    /// The text with its first letter in upper case: a note that starts a sentence.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
