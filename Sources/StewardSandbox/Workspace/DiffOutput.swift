import Foundation
import StewardCore

/// A proposal's diff as `steward diff --json` prints it and the API's `GET proposals/{n}/diff`
/// answers it (the API's `Diff`).
public struct DiffOutput: Codable, Sendable, Hashable {
    public var number: Int
    public var title: String
    public var base: String
    public var head: String
    /// Set when the diff starts at an earlier head (`steward diff --new`), not at the base.
    public var since: String?
    public var files: [ChangedFile]
    /// The unified diff; absent under `--stat`.
    public var patch: String?
    /// `patch` line by line with each line's kind (file, hunk, context, addition, deletion,
    /// note) from the diff's structure: style by it, not by a line's text. Absent under `--stat`.
    public var lines: [PatchLine]?

    /// `stat`: files and counts only, no patch and no lines.
    public init(_ d: ProposalDiff, stat: Bool = false) {
        number = d.number
        title = d.title
        base = d.base
        head = d.head
        since = d.since
        files = d.files
        patch = stat ? nil : d.text
        lines = stat ? nil : d.lines
    }
}
