import Foundation
import StewardCore
import StewardGit

/// Where a change came from, beyond its agent and tool: the task and the model that made it.
/// Written as the `Steward-Task` and `Steward-Model` trailers of each commit.
public struct Provenance: Sendable, Hashable {
    public var task: String?
    public var model: String?
    public init(task: String? = nil, model: String? = nil) {
        self.task = task
        self.model = model
    }
    public static let none = Provenance()

    var trailers: [(String, String)] {
        (task.map { [(Trailer.task, $0)] } ?? []) + (model.map { [(Trailer.model, Trailers.oneLine($0))] } ?? [])
    }
}

/// What `propose` made.
public struct ProposalResult: Sendable, Hashable, Codable {
    public struct Commit: Sendable, Hashable, Codable {
        public var commit: String
        public var op: String
        public var summary: String
    }
    public var number: Int
    public var branch: String
    public var base: String
    public var head: String
    public var commits: [Commit]
    /// For `refresh`: files whose newer changes on `main` overlapped the proposal's write, so
    /// the proposal's full content replaces them (visible in `steward diff`). Nil otherwise.
    public var replaced: [String]? = nil
    /// For `refresh`: true when the proposal was already based on the current `main`.
    public var upToDate: Bool? = nil
}

/// A diff of one proposal, as text plus per-file numbers.
public struct ProposalDiff: Sendable, Hashable {
    public var number: Int
    public var title: String
    public var base: String
    public var head: String
    public var files: [FileStat]
    public var text: String
    /// `text` line by line, each with its kind from the diff's structure: style by this,
    /// never by a line's first characters.
    public var lines: [DiffLine]
    /// Set when the diff starts at an earlier head of the proposal, not at its base.
    public var since: String? = nil
}

/// What `approve` and `rollback` did.
public struct MergeResult: Sendable, Hashable, Codable {
    public var number: Int
    /// For a rollback: the new number the rollback got.
    public var rollbackNumber: Int?
    public var commit: String
    public var files: [String]
    public var checkoutUpdated: Bool
    /// Set when `main` moved but the person's checkout could not be updated.
    public var checkoutProblem: String?
    /// What hooks said while allowing it, and `post-merge` hooks' failures (the merge stands).
    public var notes: [String]? = nil
}

/// Something `steward doctor` found.
public struct DoctorFinding: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Codable {
        /// Found and repaired.
        case fixed
        /// Found and not repaired: the person should look (doctor exits 1).
        case problem
        /// Worth knowing, nothing to do (a number claimed by a process that died).
        case note
    }
    public var kind: Kind
    public var message: String
    /// The workspace's size, on the note that says it (`steward doctor --json`); absent elsewhere.
    public var size: WorkspaceSize?
    public init(kind: Kind, message: String, size: WorkspaceSize? = nil) {
        self.kind = kind
        self.message = message
        self.size = size
    }
}
