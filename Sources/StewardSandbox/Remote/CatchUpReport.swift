import StewardGit

/// What `Workspace.catchUp(remote:acceptRules:)` did with a fetch (spec 22.6): the refs it
/// took, what it refused and why, where `main` stands, and what only this machine holds.
public struct CatchUpReport: Sendable, Hashable {
    /// A local ref the catch-up created, moved or deleted to match the remote.
    public struct Taken: Sendable, Hashable {
        public var ref: String
        /// Nil: the ref was created.
        public var old: ObjectID?
        /// Nil: the ref was deleted.
        public var new: ObjectID?
    }

    /// `main` here against `main` on the remote.
    public enum MainState: Sendable, Hashable {
        case equal
        /// Taken: local `main` (and the checkout, when it follows `main`) moved forward.
        case fastForwarded(from: ObjectID, to: ObjectID)
        /// The person's own commits, not on the remote yet: `onlyLocal` pushes them.
        case ahead(commits: Int)
        /// The remote has no `main` (a workspace joining an empty remote).
        case notOnRemote
        /// The remote's is a fast-forward, not taken: uncommitted edits in the way, the index
        /// locked, rules waiting (`rulesWaiting`), or a merge made outside Steward among its
        /// commits whose record did not reach the remote. A problem says which.
        case behindBlocked(commits: Int)
        /// Both moved: reported, never merged.
        case diverged(here: Int, there: Int)
    }

    /// A commit of the remote's `main` that changes the rules and was not made here (spec 22.9).
    public struct RulesCommit: Sendable, Hashable {
        public var id: ObjectID
        public var author: String
        public var subject: String
        /// Its paths under `hooks/`, `prompts/` or `steward.toml`, against its first parent.
        public var paths: [String]
    }

    /// A pending proposal found merged into the remote's `main` outside Steward, by exactly
    /// the head Steward recorded (spec 22.7): recorded here as approved (`applied/N` at
    /// `commit`, the branch deleted, an `approved` event by `actor`), for `sync` to push.
    public struct OutsideMerge: Sendable, Hashable {
        public var number: Int
        /// The merge commit (or squash) on `main`.
        public var commit: ObjectID
        /// The commit's author, the approval's actor.
        public var actor: String
        /// What the path policy or a pre-merge hook said against it (the merge stands, recorded
        /// so that `rollback N` can undo it; a problem names the way out); nil when they allowed it.
        public var refusal: String?
    }

    public var taken: [Taken] = []
    /// Proposals merged outside Steward that the catch-up recorded as approved, lowest first.
    public var mergedOutside: [OutsideMerge] = []
    /// For people, one sentence each: what was refused, why, what to do.
    public var problems: [String] = []
    public var main: MainState = .equal
    /// Oldest first; empty unless `main` waits for `--accept-rules`.
    public var rulesWaiting: [RulesCommit] = []
    /// The tip of the remote's `main` that `--accept-rules` must name while rules wait.
    public var rulesTip: ObjectID?
    /// A merge made outside Steward was being recorded by another machine at the same time:
    /// this machine's record lost its lease, nothing was recorded here and `main` was not
    /// taken; a fetch and another catch-up take the other machine's record (`sync` does).
    public var recordRaced = false
    /// Why `main` here did not take the remote's (`main` behind but blocked, or diverged):
    /// the problem that says so, with its fix; nil otherwise. Decisions refuse with it.
    public var mainProblem: String?
    /// What `sync` pushes after the catch-up, each with its lease: a ref of spec 22.3's table
    /// the remote lacks (must not exist there), one that is a fast-forward of the remote's
    /// (the tracking value), and the remote's branch, archive or superseded ref of a
    /// proposal decided or expired here (deleted, with the tracking value).
    public var onlyLocal: [RefPush] = []

    public init() {}
}
