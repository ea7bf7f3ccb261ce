import Foundation
import StewardCore
import StewardSandbox

/// The page of a proposal made offline (spec 22.4): the proposal page's summary, comments and
/// diff, marked "(offline — numbered at the next sync)", without the forms that need a number
/// (approve, reject, comment, resolve: a POST to `/proposals/oJ/…` is refused with the CLI's
/// sentence) and without the commits and task, which come with the number.
extension ProposalPage {
    static let offlineNote = "(offline — numbered at the next sync)"

    static func values(_ state: ServerState, offline j: Int, split: Bool, now: Date = Date()) async throws -> [String: Any] {
        let ws = state.workspace
        let info: ProposalInfo
        let diff: ProposalDiff
        let comments: [ProposalComment]
        do {
            info = try await ws.offlineProposal(j)
            diff = try await ws.diff(offline: j)
            comments = try await ws.comments(onOffline: j)
        } catch let e as StewardError { throw APIError(e) }
        let name = "o\(j)"
        let view = DiffView(diff)
        let sections = view.sections.enumerated().map {
            section(
                $0.offset, $0.element, number: name, split: split,
                comments: CommentsView.forFile(comments, path: $0.element.file?.path, oldPath: $0.element.file?.oldPath))
        }
        // The proposal's own comments, and those on a file it no longer changes (as for N).
        let shown = Set(
            view.sections.flatMap { s in CommentsView.forFile(comments, path: s.file?.path, oldPath: s.file?.oldPath).map(CommentsView.anchor) })
        let general = comments.filter { !shown.contains(CommentsView.anchor($0)) }
        let note = offlineNote + " 'steward sync' gives it its number; until then it cannot be approved or rejected."
        let values: [String: Any] = [
            "pageTitle": "\(name) \(info.title)", "number": name, "label": name,
            "offline": note,
            "title": info.title, "agent": info.agent, "status": info.status.rawValue, "head": info.head ?? "", "pending": false, "undoable": false,
            "kind": info.contents.joined(separator: "+"), "age": age(of: info.created, now: now),
            "created": ISO8601DateFormatter().string(from: info.created), "task": false, "models": "none recorded",
            "commitCount": 0, "commits": [] as [Any], "fileCount": diff.files.count, "additions": info.additions, "deletions": info.deletions,
            "files": view.sections.enumerated().map { fileRow($0.offset, $0.element) }, "sections": sections, "split": split,
            "empty": view.sections.isEmpty, "comments": general.map(CommentsView.row), "hasComments": !general.isEmpty,
            "noComments": comments.isEmpty,
            "openComments": "\(comments.count)", "formLabel": "", "formPath": "", "formSide": "", "formLine": "", "formCancel": "/proposals/\(name)",
        ]
        return values
    }
}
