import Foundation
import StewardCore
import StewardSandbox
import StewardStore
import StewardWorker

/// The proposal page, made for deciding: a summary, the files with their status and counts,
/// each file's diff in a section of its own (unified, or side by side with `?view=split`),
/// the findings of the hooks and the skill check next to Approve, the commits and the task.
enum ProposalPage {
    /// Everything the `proposal` template shows for proposal N (not yet escaped: `Dashboard.page`
    /// passes it through `Display.prepare`).
    /// `comment` is `?comment=`: the line or file whose comment form is shown.
    static func values(_ state: ServerState, _ n: Int, split: Bool, comment: String? = nil, now: Date = Date()) async throws -> [String: Any] {
        let ws = state.workspace
        let info: ProposalInfo
        let diff: ProposalDiff
        let commits: [ProposalCommit]
        let comments: [ProposalComment]
        do {
            info = try await ws.proposal(n)
            diff = try await ws.diff(n)
            commits = try await ws.commits(of: n)
            comments = try await ws.comments(on: n)
        } catch let e as StewardError { throw APIError(e) }
        let pending = info.status == .pending
        let target = pending ? CommentsView.Target(comment) : nil
        let taskIDs = commits.compactMap(\.task).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        var task: TaskRecord?
        if let last = taskIDs.last { task = try await state.shared.task(last) }
        if task == nil { task = try await state.shared.task(forProposal: n) }
        let models = commits.compactMap(\.model).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        let view = DiffView(diff)
        var values: [String: Any] = [
            "pageTitle": "#\(n) \(info.title)", "number": n, "label": "#\(n)", "offline": false, "title": info.title, "agent": info.agent,
            "status": info.status.rawValue,
            "head": info.head ?? "", "pending": info.status == .pending, "undoable": info.status == .approved || info.status == .applied,
            "kind": ((info.kind == .rollback ? ["rollback"] : []) + info.contents).joined(separator: "+"),
            "age": age(of: info.created, now: now), "created": ISO8601DateFormatter().string(from: info.created),
            "task": task.map { ["id": $0.id, "prompt": String($0.prompt.prefix(200)), "steps": $0.steps] as [String: Any] } ?? false,
            "models": (models.isEmpty ? task?.models ?? [] : models).joined(separator: ", ").nonEmpty ?? "none recorded",
            "commitCount": commits.count, "commits": commits.map(commitRow),
            "fileCount": diff.files.count, "additions": info.additions, "deletions": info.deletions,
            "files": view.sections.enumerated().map { fileRow($0.offset, $0.element) },
            "sections": view.sections.enumerated().map {
                section(
                    $0.offset, $0.element, number: "\(n)", split: split,
                    comments: CommentsView.forFile(comments, path: $0.element.file?.path, oldPath: $0.element.file?.oldPath),
                    target: target, pending: pending)
            },
            "split": split, "empty": view.sections.isEmpty,
        ]
        // The proposal's own comments, and those on a file it no longer changes.
        let shown = Set(
            view.sections.flatMap { s in CommentsView.forFile(comments, path: s.file?.path, oldPath: s.file?.oldPath).map(CommentsView.anchor) })
        let general = comments.filter { !shown.contains(CommentsView.anchor($0)) }
        let open = comments.filter { $0.state == .open }.count
        let openText: String = "\(open) open" + (comments.count > open ? " of \(comments.count)" : "")
        let side: String = target?.line == nil ? "" : (target?.side ?? .new).rawValue
        let form: [String: Any] = [
            "formLabel": target?.label ?? "", "formPath": target?.path ?? "", "formSide": side,
            "formLine": target?.line.map(String.init) ?? "", "formCancel": "/proposals/\(n)" + (split ? "?view=split" : ""),
        ]
        values.merge(form) { _, new in new }
        values["comments"] = general.map(CommentsView.row)
        values["hasComments"] = !general.isEmpty
        values["noComments"] = comments.isEmpty
        values["openComments"] = openText
        if info.status == .pending, let head = info.head {
            values.merge(try await findings(state, n, head: head, files: diff.files)) { _, new in new }
        }
        // Said where the person decides (spec 23.4): a task's late offline proposal, or the one
        // it went on with, so that the two are not both approved by accident.
        let marks =
            pending ? await LateOfflineProposals.marks(try await ws.pending(cache: state.store), workspace: ws, ledger: state.shared) : [:]
        let late = LateOfflineProposals.notes(about: n, in: marks).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
        values["late"] = late.isEmpty ? false : late
        return values
    }

    /// The findings' rows and what the risk box accepts, from the cache (computed once per head).
    static func findings(_ state: ServerState, _ n: Int, head: String, files: [ChangedFile]) async throws -> [String: Any] {
        let ws = state.workspace
        let main = try await ws.mainCommit()
        let found: Findings
        do {
            found = try await state.findings.findings(head: head, main: main) { try await Findings.compute(ws, n, files: files) }
        } catch {
            // The page stays usable: approval runs the hooks itself and says what they decide.
            let why = (error as? StewardError).flatMap { $0.code == .failure ? nil : $0.message } ?? "an internal error"
            return [
                "findingsError":
                    "The hooks and the skill check could not be run ahead of approval (\(why)); approving runs them and says what they decide.",
                "accept": true, "acceptLabel": "I approve without the checks' findings and accept the risks they would flag",
            ]
        }
        let rows = found.items.map {
            ["source": $0.source, "severity": $0.severity, "lines": $0.text.split(separator: "\n").map(String.init)] as [String: Any]
        }
        let blocking = found.items.filter { $0.severity != "note" }
        let sources = blocking.map(\.source).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        let checked = (found.hooks.map { "hooks/\($0)" } + found.skills.map { "skills/\($0)" })
        return [
            "findings": rows, "findingsNone": found.items.isEmpty,
            "checked": checked.isEmpty ? "no pre-merge hooks and no skills to check" : checked.joined(separator: ", "),
            // The box names what it accepts; with nothing flagged there is nothing to accept.
            "accept": !blocking.isEmpty,
            "acceptLabel": blocking.isEmpty
                ? ""
                : "I read the \(blocking.count == 1 ? "finding" : "\(blocking.count) findings") above (\(sources.joined(separator: ", "))) and accept the risks"
                ,
        ]
    }

    static func commitRow(_ c: ProposalCommit) -> [String: Any] {
        [
            "commit": c.commit, "short": String(c.commit.prefix(10)), "op": c.op, "summary": c.summary, "model": c.model ?? "",
            "date": ISO8601DateFormatter().string(from: c.date),
        ]
    }

    static func anchor(_ index: Int) -> String { "file-\(index + 1)" }

    /// A file's status as a person says it: added, deleted, modified, renamed from …, type
    /// change, with a mode change and binary content named.
    static func statusLabel(_ s: DiffView.FileSection) -> String {
        guard let f = s.file else { return "changed" }
        var parts = [f.status == .renamed ? "renamed from \(f.oldPath ?? "?")" : f.status == .typechange ? "type change" : f.status.rawValue]
        if let old = f.oldMode, let new = f.newMode { parts.append("mode \(old) → \(new)") }
        if s.binary { parts.append("binary") }
        return parts.joined(separator: ", ")
    }

    static func fileRow(_ i: Int, _ s: DiffView.FileSection) -> [String: Any] {
        [
            "anchor": anchor(i), "index": i + 1, "path": s.file?.path ?? "?", "status": statusLabel(s), "additions": s.file?.additions ?? 0,
            "deletions": s.file?.deletions ?? 0,
            "statusClass": s.binary ? "binary" : (s.file?.status.rawValue ?? "modified"),
        ]
    }

    static func section(
        _ i: Int, _ s: DiffView.FileSection, number n: String, split: Bool, comments: [ProposalComment] = [],
        target: CommentsView.Target? = nil, pending: Bool = false
    ) -> [String: Any] {
        var v = fileRow(i, s)
        let path = s.file?.path ?? "?"
        v["header"] = s.header.map { ["text": $0.text] }
        let hidden = s.binary || s.large
        v["summary"] =
            s.binary
            ? "Binary content (\(s.bytes) bytes as text): not shown. 'steward diff \(n)' prints it with every byte escaped."
            : s.large
                ? "A large change (\(s.rows.count) lines of diff, \(s.bytes) bytes): not shown here. 'steward diff \(n)' shows it whole."
                : s.rows.isEmpty ? "No lines changed." : ""
        v["hasSummary"] = !(v["summary"] as! String).isEmpty
        // After a line: its comments and the form (`CommentsView.rowValues`); a deletion's
        // number links to the old side, any other line's to the new.
        func extra(_ old: DiffView.Row?, _ new: DiffView.Row?) -> [String: Any] {
            CommentsView.rowValues(
                comments, old: old?.old, new: new?.new, path: path, target: target, pending: pending, split: split,
                oldLink: split || old?.kind == .deletion, newLink: new?.kind == .addition || new?.kind == .context)
        }
        let rows = hidden || split ? [] : s.rows.map { r in unifiedRow(r).merging(extra(r, r)) { _, new in new } }
        let pairs = hidden || !split ? [] : pairs(s.rows, extra: extra)
        v["rows"] = rows
        v["pairs"] = pairs
        v["hasRows"] = !hidden && !s.rows.isEmpty
        let placed = Set((rows + pairs).flatMap { ($0["comments"] as? [[String: Any]] ?? []).compactMap { $0["commentAnchor"] as? String } })
        let top = comments.filter { !placed.contains(CommentsView.anchor($0)) }
        v["fileComments"] = top.map(CommentsView.row)
        v["hasFileComments"] = !top.isEmpty
        v["fileForm"] = target.map { $0.path == path && $0.line == nil } ?? false
        v["fileLink"] = pending ? CommentsView.Target(path: path, side: nil, line: nil).link(split: split) : false
        return v
    }

    static func unifiedRow(_ r: DiffView.Row) -> [String: Any] {
        [
            "cls": DiffView.cls(r.kind), "old": r.old.map(String.init) ?? "", "new": r.new.map(String.init) ?? "",
            "segs": DiffView.segments(r.text, kind: r.kind),
            "comments": [] as [Any], "hasComments": false, "form": false, "oldLink": false, "newLink": false,
        ]
    }

    /// Side by side: deletions on the left paired with the additions that follow them,
    /// context on both sides, hunk lines and notes across.
    /// `extra` adds the values of what follows a pair (its comments, the form).
    static func pairs(_ rows: [DiffView.Row], extra: (DiffView.Row?, DiffView.Row?) -> [String: Any] = { _, _ in [:] }) -> [[String: Any]] {
        var out: [[String: Any]] = []
        var dels: [DiffView.Row] = []
        var adds: [DiffView.Row] = []
        func cell(_ r: DiffView.Row?, _ number: Int?) -> [String: Any] {
            guard let r else { return ["cls": "none", "num": "", "segs": [] as [Any]] }
            return ["cls": DiffView.cls(r.kind), "num": number.map(String.init) ?? "", "segs": DiffView.segments(r.text, kind: r.kind)]
        }
        func flush() {
            for k in 0..<max(dels.count, adds.count) {
                let d = k < dels.count ? dels[k] : nil
                let a = k < adds.count ? adds[k] : nil
                out.append(["across": false, "l": cell(d, d?.old), "r": cell(a, a?.new)].merging(extra(d, a)) { _, new in new })
            }
            dels = []
            adds = []
        }
        for r in rows {
            switch r.kind {
            case .deletion:
                if !adds.isEmpty { flush() }
                dels.append(r)
            case .addition: adds.append(r)
            case .context:
                flush()
                out.append(["across": false, "l": cell(r, r.old), "r": cell(r, r.new)].merging(extra(r, r)) { _, new in new })
            default:
                flush()
                out.append([
                    "across": true, "cls": DiffView.cls(r.kind), "text": r.text, "comments": [] as [Any], "hasComments": false, "form": false,
                ])
            }
        }
        flush()
        return out
    }

    /// The approve form's outcome: what was merged and, for a part, what is left, pending or
    /// rejected for `reason`, naming up to five files of each.
    static func approvedMessage(_ n: Int, _ r: MergeResult, reason: String?) -> String {
        func count(_ paths: [String]) -> String { "\(paths.count) file\(paths.count == 1 ? "" : "s")" }
        func names(_ paths: [String]) -> String {
            "(" + (paths.prefix(5) + (paths.count > 5 ? ["and \(paths.count - 5) more"] : [])).joined(separator: ", ") + ")"
        }
        guard let k = r.part else { return "Approved #\(n): merged into main as \(r.commit.prefix(10))." }
        let approved = "Approved part \(k) of #\(n): \(count(r.files)) merged into main as \(r.commit.prefix(10)) \(names(r.files)); "
        let rest = r.declined ?? []
        guard r.rejected == true else { return approved + "\(count(rest)) still to decide \(names(rest)), pending in #\(n)." }
        return approved + "rejected the rest, \(count(rest)) \(names(rest))" + (reason.map { ": \($0)" } ?? ".")
    }

    /// `5 minutes ago`, `3 hours ago`, `2 days ago`.
    static func age(of date: Date, now: Date) -> String {
        let s = max(0, Int(now.timeIntervalSince(date)))
        let (n, unit) = s < 60 ? (s, "second") : s < 3600 ? (s / 60, "minute") : s < 86_400 ? (s / 3600, "hour") : (s / 86_400, "day")
        return "\(n) \(unit)\(n == 1 ? "" : "s") ago"
    }
}

extension String {
    /// Nil for the empty string.
    var nonEmpty: String? { isEmpty ? nil : self }
}
