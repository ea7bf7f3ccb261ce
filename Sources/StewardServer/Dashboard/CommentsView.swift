import Foundation
import StewardSandbox

/// The comments of the proposal page (spec 3.6, 21.4): each shown where it belongs (the
/// proposal's under the summary, a file's at the top of its section, a line's right after the
/// line it is placed on), and the one comment form the page has besides the proposal's, under
/// the line or file a person picked (`?comment=PATH:SIDE:LINE` or `?comment=PATH`): no script,
/// and no form per line.
enum CommentsView {
    /// What `?comment=` names: a file, or a line of one of its sides.
    struct Target: Equatable {
        var path: String
        var side: ProposalComment.Side?
        var line: Int?

        /// `PATH:SIDE:LINE` (the path may hold `:`, so it is read from the end) or `PATH`; nil
        /// for none.
        init?(_ query: String?) {
            guard let query, !query.isEmpty else { return nil }
            let parts = query.split(separator: ":", omittingEmptySubsequences: false)
            if parts.count >= 3, let side = ProposalComment.Side(rawValue: String(parts[parts.count - 2])), let line = Int(parts[parts.count - 1]),
                line > 0
            {
                self.init(path: parts.dropLast(2).joined(separator: ":"), side: side, line: line)
            } else {
                self.init(path: query, side: nil, line: nil)
            }
        }

        init(path: String, side: ProposalComment.Side?, line: Int?) {
            self.path = path
            self.side = side
            self.line = line
        }

        /// The link that shows the form under this line or file (in the view the page is in).
        func link(split: Bool) -> String {
            let value = path + (line.map { ":\((side ?? .new).rawValue):\($0)" } ?? "")
            let encoded = value.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~/:"))) ?? ""
            return "?" + (split ? "view=split&" : "") + "comment=" + encoded + "#comment-form"
        }

        var label: String { line.map { "line \($0) (\((side ?? .new).rawValue)) of \(path)" } ?? path }
    }

    /// A comment as the `comment` template shows it (every flag present: a missing one would
    /// be looked up in the enclosing context by Mustache).
    static func row(_ c: ProposalComment) -> [String: Any] {
        var earlier = ""
        if c.outdated {
            earlier =
                c.line.map {
                    "Line \($0) (\((c.side ?? .new).rawValue)) of \(c.path ?? "?") on an earlier version (commit \(c.commit.prefix(10))), which read:"
                }
                ?? "\(c.path ?? "?") on an earlier version (commit \(c.commit.prefix(10))), which this proposal no longer changes"
        }
        return [
            "id": c.id, "commentAnchor": anchor(c), "name": c.unsynced == true ? "comment not synced yet" : "comment \(c.id)",
            "label": c.unsynced == true ? "Comment not synced yet" : "Comment \(c.id)", "author": c.author,
            "date": ISO8601DateFormatter().string(from: c.date), "place": c.place, "state": c.state.rawValue,
            "lines": c.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init),
            // Resolving needs an id and a number: not on one kept here unsynced, nor on oJ's.
            "open": c.state == .open && c.unsynced == nil && c.proposal > 0, "resolved": c.state == .resolved,
            // Resolved here while the remote did not answer (spec 22.4): said so until sync publishes it.
            "resolvedBy": (c.resolvedBy ?? "") + (c.resolutionUnsynced == true ? " (not synced yet)" : ""),
            "outdated": c.outdated, "earlier": earlier, "hasLineText": c.outdated && c.lineText != nil, "lineText": c.lineText ?? "",
            "hasChanged": !(c.changedSince ?? []).isEmpty, "changed": (c.changedSince ?? []).joined(separator: ", "),
        ]
    }

    /// The comment's HTML id: `comment-K`; one kept here while the remote did not answer has
    /// no K yet (spec 22.4), so its own (unique on the page).
    static func anchor(_ c: ProposalComment) -> String {
        c.unsynced == true ? "comment-unsynced-\(UInt(bitPattern: c.hashValue))" : "comment-\(c.id)"
    }

    /// Whether `c` is shown right after a line with these numbers (`old`, `new`: the row's
    /// numbers on each side, nil where it has none): its side's number is the line it is
    /// placed on now.
    static func placed(_ c: ProposalComment, old: Int?, new: Int?) -> Bool {
        guard let now = c.currentLine, !c.outdated else { return false }
        return (c.side ?? .new) == .new ? new == now : old == now
    }

    /// The comments of one file section: those shown after a line (by `placed`) and the rest,
    /// shown at the top of the section (on the file, outdated, closed, or on a line not shown).
    static func forFile(_ all: [ProposalComment], path: String?, oldPath: String?) -> [ProposalComment] {
        all.filter { c in c.path != nil && (c.path == path || c.path == oldPath) }
    }

    /// The values a row of the diff carries for comments: those placed after it, whether the
    /// form is under it, and the links on its numbers (while the proposal is pending).
    static func rowValues(
        _ comments: [ProposalComment], old: Int?, new: Int?, path: String, target: Target?, pending: Bool, split: Bool,
        oldLink: Bool, newLink: Bool
    ) -> [String: Any] {
        let here = comments.filter { placed($0, old: old, new: new) }
        let form = target.map { $0.path == path && $0.line != nil && (($0.side ?? .new) == .new ? new == $0.line : old == $0.line) } ?? false
        func link(_ side: ProposalComment.Side, _ line: Int?, _ wanted: Bool) -> Any {
            guard pending, wanted, let line else { return false }
            return Target(path: path, side: side, line: line).link(split: split)
        }
        return [
            "comments": here.map(row), "hasComments": !here.isEmpty, "form": form && pending,
            "oldLink": link(.old, old, oldLink), "newLink": link(.new, new, newLink),
        ]
    }
}
