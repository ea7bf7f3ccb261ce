import Foundation
import StewardJSON

/// A proposal as the reviewer sees it.
public struct ProposalInfo: Sendable, Hashable, Codable {
    public init(
        number: Int, title: String, agent: String, kind: Kind, status: ProposalStatus, created: Date, base: String?, head: String?,
        files: Int, additions: Int, deletions: Int, rollbackOf: Int?, undoneBy: Int?, contents: [String] = [],
        parts: [ProposalPart]? = nil
    ) {
        self.contents = contents
        self.parts = parts
        self.number = number
        self.title = title
        self.agent = agent
        self.kind = kind
        self.status = status
        self.created = created
        self.base = base
        self.head = head
        self.files = files
        self.additions = additions
        self.deletions = deletions
        self.rollbackOf = rollbackOf
        self.undoneBy = undoneBy
    }

    public enum Kind: String, Sendable, Codable { case change, rollback }
    public var number: Int
    public var title: String
    public var agent: String
    public var kind: Kind
    public var status: ProposalStatus
    public var created: Date
    /// The commit the proposal's changes are measured against.
    public var base: String?
    public var head: String?
    public var files: Int
    public var additions: Int
    public var deletions: Int
    /// For a rollback: the number it undoes.
    public var rollbackOf: Int?
    /// The rollback that undid this one, if any.
    public var undoneBy: Int?
    /// What the proposal changes, derived from its paths and never from what an agent says:
    /// any of `config`, `prompt`, `skill`, `hooks`, `files` (see `contentKinds(of:)`).
    public var contents: [String]
    /// The parts of it already approved (spec 5.5a), oldest first; nil when it was never
    /// approved in parts. Read from git's refs, like `status`, which then describes the rest.
    public var parts: [ProposalPart]?
    /// A proposal made while the remote did not answer (spec 22.4): `oJ`, its name until
    /// `steward sync` numbers it (`number` is then 0). Nil for a numbered proposal.
    public var offline: String? = nil
    /// Set on a pending proposal whose task went on with another proposal (spec 23.4): a
    /// late offline proposal, marked by `review --json`; nil otherwise.
    public var late: LateProposal? = nil

    /// The kinds of change a set of paths makes, self-modifications first so they stand out:
    /// `steward.toml` is `config`, `prompts/` `prompt`, `skills/` `skill`, `hooks/` `hooks`,
    /// everything else `files`.
    public static func contentKinds(of paths: [String]) -> [String] {
        var kinds = Set<String>()
        for p in paths {
            let top = p.split(separator: "/", maxSplits: 1).first.map { $0.lowercased() } ?? ""
            switch top {
            case "steward.toml": kinds.insert("config")
            case "prompts": kinds.insert("prompt")
            case "skills": kinds.insert("skill")
            case "hooks": kinds.insert("hooks")
            default: kinds.insert("files")
            }
        }
        return ["config", "prompt", "skill", "hooks", "files"].filter(kinds.contains)
    }
}

extension ProposalInfo: JSONValueConvertible {
    public var jsonValue: JSONValue {
        .fields([
            "number": .int(number), "title": .string(title), "agent": .string(agent), "kind": .string(kind.rawValue),
            "status": .string(status.rawValue), "created": .date(created), "base": base.map { .string($0) }, "head": head.map { .string($0) },
            "files": .int(files), "additions": .int(additions), "deletions": .int(deletions), "rollbackOf": rollbackOf.map { .int($0) },
            "undoneBy": undoneBy.map { .int($0) }, "contents": .array(contents.map { .string($0) }),
            "parts": parts.map { .array($0.map(\.jsonValue)) }, "offline": offline.map { .string($0) },
            "late": late?.jsonValue,
        ])
    }
}

/// A cache of pending proposals as `review` shows them, keyed by number and head (a
/// proposal's title, base and line counts cannot change while its head stays the same).
/// Implemented by the store; `review` of 1,000 proposals then costs one query, not 1,000 diffs.
public protocol ProposalCache: Sendable {
    /// The cached entries whose head still matches.
    func cachedProposals(_ heads: [Int: String]) throws -> [Int: ProposalInfo]
    func cacheProposals(_ infos: [ProposalInfo]) throws
}
