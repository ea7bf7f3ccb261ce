import Foundation
import StewardCore
import StewardGit

extension Workspace {
    /// What `revise` tells the agent besides the feedback (spec 17.4): N's open comments, one a
    /// line, placed on the current head; after a part approval (spec 5.5a), the files already
    /// approved and those the reviewer left out (declined for now: still pending).
    /// `notes` is empty when there is neither; `openComments` counts the comments.
    public func reviseNotes(for n: Int) throws -> (notes: String, openComments: Int) {
        var lines: [String] = []
        let open = try comments(on: n).filter { $0.state == .open }
        if !open.isEmpty {
            lines.append("The reviewer's open comments (do what each asks):")
            lines += open.map { "- " + $0.forAgent }
        }
        let approved = try approvedPartPaths(n)
        if !approved.isEmpty {
            lines.append("Already approved and on main, leave them: " + approved.joined(separator: ", "))
            // What the reviewer declined to approve with them (their comments say why).
            let (base, head) = try pendingVersion(n, action: "revise")
            let rest = try patch(base: base, head: head, withText: false).files.map(\.path)
            if !rest.isEmpty { lines.append("Not approved (still in this proposal): " + rest.joined(separator: ", ")) }
        }
        return (lines.joined(separator: "\n"), open.count)
    }

    /// The files the approved parts of `n` changed on `main` (`refs/steward/applied/N-K`:
    /// each merge against its first parent), sorted.
    func approvedPartPaths(_ n: Int) throws -> [String] {
        let r = try repo
        var paths = Set<String>()
        for (_, merge) in try r.references(matching: "refs/steward/applied/\(n)-*") {
            let info = try r.commitInfo(merge)
            guard let parent = info.parents.first else { continue }
            paths.formUnion(try r.changes(from: try r.commitInfo(parent).tree, to: info.tree).map(\.path))
        }
        return paths.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }
}

extension ProposalComment {
    /// One line for the agent (raw text: the model reads it, no terminal shows it): where,
    /// then what. A comment's own line breaks are indented under it.
    var forAgent: String {
        let text = self.text.replacingOccurrences(of: "\n", with: "\n  ")
        guard let path else { return "on the whole proposal: \(text)" }
        guard let line, let then = lineText else {
            return outdated ? "on \(path) (the proposal no longer changes it): \(text)" : "on \(path): \(text)"
        }
        let version = side == .old ? "the old version of " : ""
        if outdated { return "on \(version)\(path) line \(line) of an earlier version, which read \"\(then)\" (that line is gone now): \(text)" }
        return "on \(version)\(path) line \(currentLine ?? line) (\"\(then)\"): \(text)"
    }
}
