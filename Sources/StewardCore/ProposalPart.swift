import Foundation
import StewardJSON

/// A part of a proposal approved in parts (spec 5.5a): what `refs/steward/applied/N-K` merged.
/// Read from git (the ref, its merge commit and the part commit), never from the store, so it
/// survives a deleted `.steward/`.
public struct ProposalPart: Sendable, Hashable, Codable {
    public init(part: Int, commit: String, files: [String], approvedBy: String, date: Date, undoneBy: Int? = nil, rolledBack: Bool = false) {
        self.part = part
        self.commit = commit
        self.files = files
        self.approvedBy = approvedBy
        self.date = date
        self.undoneBy = undoneBy
        self.rolledBack = rolledBack
    }

    /// K: 1, 2, … per proposal.
    public var part: Int
    /// The approval merge on `main`.
    public var commit: String
    /// The files the part took (both ends of a rename), sorted.
    public var files: [String]
    /// The `Steward-Approved-By` trailer of the merge.
    public var approvedBy: String
    /// When the merge was made.
    public var date: Date
    /// The rollback that undid the part (`steward rollback N --part K`), if any.
    public var undoneBy: Int?
    /// True while that rollback is in effect (false again once the rollback itself is undone).
    public var rolledBack: Bool
}

extension ProposalPart: JSONValueConvertible {
    public var jsonValue: JSONValue {
        .fields([
            "part": .int(part), "commit": .string(commit), "files": .array(files.map { .string($0) }), "approvedBy": .string(approvedBy),
            "date": .date(date), "undoneBy": undoneBy.map { .int($0) }, "rolledBack": .bool(rolledBack),
        ])
    }
}

extension ProposalInfo {
    /// The status as a person reads it: `status` itself, or for a proposal approved in parts
    /// what became of each piece, `approved in part (2 parts, 1 rolled back), rest rejected`.
    /// `status` describes only the rest (spec 3.3); the parts are said first so that a
    /// rejected rest never reads as a proposal that changed nothing.
    public var statusSummary: String { Self.statusSummary(status, parts: parts ?? []) }

    /// `statusSummary` for a status and the parts read beside it (`ProposalDiff` has both).
    public static func statusSummary(_ status: ProposalStatus, parts: [ProposalPart]) -> String {
        guard !parts.isEmpty else { return status.rawValue }
        let rest = status == .rolledBack ? "rolled back" : status.rawValue
        let undone = parts.filter(\.rolledBack).count
        let count = "\(parts.count) part\(parts.count == 1 ? "" : "s")" + (undone > 0 ? ", \(undone) rolled back" : "")
        return "approved in part (\(count)), rest \(rest)"
    }

    /// What to tell a person about pending proposal `n` whose diff is empty: the rest of a
    /// part approval (`afterParts`), or a refresh, left nothing that main does not already
    /// have. It is not closed by itself (spec 5.5a says why); rejecting it closes it. `files`:
    /// the files left out that main already has, when the caller knows them.
    public static func nothingLeftNote(_ n: Int, afterParts: Bool, files: [String] = []) -> String {
        let named = files.isEmpty ? "" : " (\(files.map(Escape.inline).joined(separator: ", ")))"
        let what = afterParts ? "the rest of #\(n)\(named) already matches main" : "#\(n) changes nothing: main already has it"
        return "nothing left to decide: \(what); reject it to close it ('steward reject \(n)')"
    }
}
