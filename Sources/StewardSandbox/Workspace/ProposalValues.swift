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
    /// For a proposal made while the remote did not answer (spec 22.4): `oJ`, the name it has
    /// until `steward sync` numbers it (`number` is then 0), and why it is offline (the
    /// transport's sentence). Nil otherwise.
    public var offline: String? = nil
    public var offlineBecause: String? = nil
}

/// One file a proposal changes and by how much: the sandbox's own value, so the CLI and the
/// server need no git types. Its JSON (`steward diff --json`, the API's `files`) is what git's
/// per-file stat was: path, oldPath, status, additions, deletions, oldMode, newMode.
public struct ChangedFile: Sendable, Hashable, Codable {
    public enum Status: String, Sendable, Codable {
        case added, deleted, modified, renamed, typechange
    }
    public var path: String
    /// For renames: where the file came from.
    public var oldPath: String?
    public var status: Status
    public var additions: Int
    public var deletions: Int
    /// Set when the file's mode changed (e.g. "100644" → "100755"): a change with no lines.
    public var oldMode: String?
    public var newMode: String?

    public init(path: String, oldPath: String? = nil, status: Status, additions: Int, deletions: Int, oldMode: String? = nil, newMode: String? = nil)
    {
        self.path = path
        self.oldPath = oldPath
        self.status = status
        self.additions = additions
        self.deletions = deletions
        self.oldMode = oldMode
        self.newMode = newMode
    }

    init(_ stat: FileStat) {
        let status: Status =
            switch stat.status {
            case .added: .added
            case .deleted: .deleted
            case .modified: .modified
            case .renamed: .renamed
            case .typechange: .typechange
            }
        self.init(
            path: stat.path, oldPath: stat.oldPath, status: status, additions: stat.additions, deletions: stat.deletions,
            oldMode: stat.oldMode, newMode: stat.newMode)
    }
}

/// One line of a proposal's unified diff and what it is, from the diff's structure (never
/// from the line's text). JSON: `kind` (file, hunk, context, addition, deletion, note) and
/// `text`.
public struct PatchLine: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Codable {
        /// A file's header: `diff --git`, mode and index lines, `---` and `+++`.
        case file
        /// `@@ -a,b +c,d @@` (and the function context git puts after it).
        case hunk
        case context, addition, deletion
        /// `\ No newline at end of file`, `Binary files … differ`.
        case note
    }
    public var kind: Kind
    /// The line as the unified diff prints it, without its newline; not escaped.
    public var text: String

    public init(kind: Kind, text: String) {
        self.kind = kind
        self.text = text
    }

    init(_ line: DiffLine) {
        let kind: Kind =
            switch line.kind {
            case .file: .file
            case .hunk: .hunk
            case .context: .context
            case .addition: .addition
            case .deletion: .deletion
            case .note: .note
            }
        self.init(kind: kind, text: line.text)
    }
}

/// A diff of one proposal, as text plus per-file numbers.
public struct ProposalDiff: Sendable, Hashable {
    public var number: Int
    public var title: String
    public var base: String
    public var head: String
    public var files: [ChangedFile]
    public var text: String
    /// `text` line by line, each with its kind from the diff's structure: style by this,
    /// never by a line's first characters.
    public var lines: [PatchLine]
    /// Set when the diff starts at an earlier head of the proposal, not at its base.
    public var since: String? = nil
    /// The proposal's status (spec 3.3), and the parts of it already approved (spec 5.5a):
    /// what `steward diff` says above the diff. Not in `DiffOutput`; the API's proposal has them.
    public var status: ProposalStatus = .pending
    public var parts: [ProposalPart] = []
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
    /// For an approval in parts (spec 5.5a): the part's number K, the files left to decide,
    /// and whether they were rejected (`rejectRest`). Nil for a whole approval.
    public var part: Int? = nil
    public var declined: [String]? = nil
    public var rejected: Bool? = nil
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
