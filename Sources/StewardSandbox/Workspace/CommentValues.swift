import Foundation
import StewardCore

/// A person's comment on a proposal, one of its files or one of its lines (spec 3.6): what git
/// records, and where it stands on the proposal's current head. `steward comments --json` and
/// the API's `GET proposals/{n}/comments` print it as it is.
public struct ProposalComment: Sendable, Hashable, Codable {
    /// Which version of the file a line number counts in: the proposal's head (`new`) or its
    /// base (`old`).
    public enum Side: String, Sendable, Hashable, Codable, CaseIterable { case old, new }
    /// `open` until resolved or until the proposal is decided (`closed`).
    public enum State: String, Sendable, Hashable, Codable { case open, resolved, closed }

    /// K: the sequence number of the commit that made it on `refs/steward/comments/N`.
    public var id: Int
    public var proposal: Int
    public var author: String
    public var date: Date
    public var text: String
    /// The proposal's head when the comment was made: the version it is about.
    public var commit: String
    /// Nil for a comment on the whole proposal.
    public var path: String?
    /// With `line`.
    public var side: Side?
    /// Nil for a comment on a whole file.
    public var line: Int?
    /// The line as it read when the comment was made, without its newline.
    public var lineText: String?

    // Where it stands now: derived from git each time, never recorded.
    public var state: State
    public var resolvedBy: String?
    public var resolvedDate: Date?
    /// The line on the current head that still reads `lineText` (the same number, or the one
    /// line it moved to); nil when outdated, for a file or proposal comment, or once decided.
    public var currentLine: Int?
    /// The line (or file) it was about is no longer in the current version: shown with the
    /// commit it was made on, never on a line that now says something else.
    public var outdated: Bool
    /// For a comment made on an earlier head: the proposal's files that differ between that
    /// head and the current one (what the next version did). Nil when made on the current head.
    public var changedSince: [String]?
    /// Made while the remote did not answer and kept on this machine until `steward sync`
    /// publishes it on `comments/N` (spec 22.4): `id` is 0 until then. Absent otherwise.
    public var unsynced: Bool?
    /// Resolved on this machine while the remote did not answer, and kept here until `steward
    /// sync` publishes the resolution (spec 22.4). Absent otherwise.
    public var resolutionUnsynced: Bool?

    /// Where it is, for a person (not escaped): `the proposal`, `memory/a.md`,
    /// `memory/a.md:4 (new)`, `memory/a.md:6 (new; line 4 when commented)`,
    /// `memory/a.md:4 (new) of an earlier version (commit 9f2c41d0e3)`.
    public var place: String {
        guard let path else { return "the proposal" }
        guard let line else { return outdated ? "\(path), which this proposal no longer changes" : path }
        let side = self.side ?? .new
        if outdated { return "\(path):\(line) (\(side.rawValue)) of an earlier version (commit \(commit.prefix(10)))" }
        if let now = currentLine, now != line { return "\(path):\(now) (\(side.rawValue); line \(line) when commented)" }
        return "\(path):\(line) (\(side.rawValue))"
    }
}

/// One event on `refs/steward/comments/N`, as its commit's body holds it.
struct CommentRecord: Codable, Hashable {
    enum Kind: String, Codable { case commented, resolved }
    var sequence: Int
    var kind: Kind
    var proposal: Int
    var author: String
    var date: Date
    var text: String?
    var commit: String?
    var path: String?
    var side: ProposalComment.Side?
    var line: Int?
    var lineText: String?
    /// For `resolved`: the comment's id.
    var resolves: Int?
    /// Published by `steward sync` from a comment kept on this machine while the remote did not
    /// answer: that comment's commit on `refs/steward/unsynced-comments/N` (how a second sync,
    /// or one after a kill, knows it is already there).
    var madeOffline: String?

    /// In the audit trail's JSON form (`AuditEvent.encoder`).
    func json() throws -> String {
        String(decoding: try AuditEvent.encoder.encode(self), as: UTF8.self)
    }

    static func decode(json: some StringProtocol) throws -> CommentRecord {
        try AuditEvent.decoder.decode(CommentRecord.self, from: Data(json.utf8))
    }
}
