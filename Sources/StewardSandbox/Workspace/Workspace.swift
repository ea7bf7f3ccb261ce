import Foundation
import StewardCore
import StewardGit

/// A Steward workspace: a git repository whose `main` is the approved state and whose
/// proposals are branches `steward/N`. Every method runs on one dedicated thread (the
/// actor's executor), the only thread that touches this workspace's libgit2 handle.
public actor Workspace {
    private nonisolated let executor: GitExecutor
    public nonisolated var unownedExecutor: UnownedSerialExecutor { executor.asUnownedSerialExecutor() }

    /// The workspace folder (absolute, no trailing slash).
    public nonisolated let root: String
    /// The audit index to keep in step with git (the store), if any.
    var index: AuditIndex?
    /// Opened on the executor thread by `load()`.
    var repoHandle: GitRepository?
    var repo: GitRepository {
        get throws {
            guard let repoHandle else { throw StewardError.failure("workspace \(root) is not open") }
            return repoHandle
        }
    }
    /// Overrides the clock for tests and benchmarks; nil means now.
    var fixedTime: Int64?
    /// The empty tree's id, written once (every audit commit uses it).
    var emptyTreeID: ObjectID?
    /// `steward.toml` as last parsed, keyed by main's tree it came from.
    var cachedConfig: (tree: ObjectID, config: WorkspaceConfig)?
    /// The number this process last claimed: the next claim looks up the claims after it
    /// one by one instead of listing every claim ref (an O(n) scan per proposal).
    var lastClaimed: Int?
    /// Where a new number (a proposal's, a rollback's, an offline proposal's at sync) is taken
    /// first, with a remote (`takeNumbers(from:)`, spec 22.4, "Numbers"): the shared database's
    /// counter; nil: the next free one on the remote.
    var numberSource: (@Sendable (_ atLeast: Int) async throws -> Int)?
    /// Where steps are pushed when set (`publish(to:through:)`, spec 22.4); else the settings'.
    var publishing: (remote: RemoteEndpoint, publisher: any RefPublisher)?

    init(root: String, index: AuditIndex?) {
        self.root = root
        self.index = index
        self.executor = GitExecutor(name: "steward.git")
    }

    isolated deinit {
        // Runs on the git thread: free the libgit2 handle there, then let the thread end.
        repoHandle = nil
        executor.shutdown {}
    }

    /// Opens an existing workspace.
    /// - Throws: `StewardError` naming the folder and what to do when it is not a workspace.
    public static func open(at path: String, index: AuditIndex? = nil) async throws -> Workspace {
        let ws = Workspace(root: Self.absolute(path), index: index)
        try await ws.load(makeIndex: nil)
        return ws
    }

    /// Opens an existing workspace, then its index with `makeIndex(stateDir)` (only once the
    /// folder is known to be a workspace, so no `.steward/` appears anywhere else).
    public static func open(at path: String, makeIndex: @escaping @Sendable (String) throws -> AuditIndex) async throws -> Workspace {
        let ws = Workspace(root: Self.absolute(path), index: nil)
        try await ws.load(makeIndex: makeIndex)
        return ws
    }

    private func load(makeIndex: (@Sendable (String) throws -> AuditIndex)?) throws {
        guard FileManager.default.fileExists(atPath: root) else {
            throw StewardError.notFound("no workspace at \(root); create one with 'steward init --workspace \(root)'")
        }
        let r: GitRepository
        do {
            r = try GitRepository.open(at: root)
        } catch let e as GitError where e.code == .notFound {
            throw StewardError.notFound("\(root) is not a Steward workspace (no git repository); create one with 'steward init --workspace \(root)'")
        }
        guard try r.reference(Refs.main) != nil else {
            throw StewardError.failure(
                "\(root) has no 'main' branch, so it is not a Steward workspace; create one with 'steward init' in an empty folder")
        }
        repoHandle = r
        if let makeIndex { index = try makeIndex(stateDir) }
    }

    static func absolute(_ path: String) -> String {
        var p = (path as NSString).expandingTildeInPath
        if !p.hasPrefix("/") { p = FileManager.default.currentDirectoryPath + "/" + p }
        p = (p as NSString).standardizingPath
        return p
    }

    /// The index this workspace keeps in step (the store), if any.
    public var auditIndex: AuditIndex? { index }

    /// Local state that is never committed.
    public nonisolated var stateDir: String { root + "/.steward" }

    func now() -> Int64 { fixedTime ?? Int64(Date().timeIntervalSince1970) }

    func signature(_ name: String) -> Signature {
        Signature(name: name, email: "steward@localhost", time: now())
    }

    /// Sets a fixed clock (tests, benchmarks).
    public func setClock(_ seconds: Int64?) { fixedTime = seconds }

    // MARK: - main and configuration

    func mainTip() throws -> ObjectID {
        guard let tip = try repo.reference(Refs.main) else {
            throw StewardError.failure("the workspace lost its 'main' branch; run 'steward doctor'")
        }
        return tip
    }

    /// The configuration in `main`'s `steward.toml` (never the working tree's).
    /// - Throws: `StewardError.failure` as `configText()` and `WorkspaceConfig.parse` do.
    public func config() throws -> WorkspaceConfig {
        let tree = try repo.commitInfo(try mainTip()).tree
        if let cachedConfig, cachedConfig.tree == tree { return cachedConfig.config }
        let config = try WorkspaceConfig.parse(try configText(in: tree), source: "steward.toml on main")
        cachedConfig = (tree, config)
        return config
    }

    /// `steward.toml` as committed on `main`, "" when there is none: every section's reader
    /// (sandbox, router, agents) starts from this text, so its bytes are checked here once.
    /// - Throws: `StewardError.failure` when it is not a file (a folder, a link, a submodule),
    ///   holds a NUL byte or is not UTF-8, naming the line.
    public func configText() throws -> String {
        try configText(in: try repo.commitInfo(try mainTip()).tree)
    }

    func configText(in tree: ObjectID) throws -> String {
        let source = "steward.toml on main"
        let data: Data?
        do {
            data = try file(at: "steward.toml", in: tree, shownAs: source, fix: Self.replaceOnMain)
        } catch let e as StewardError {
            throw StewardError.failure(e.message)  // a broken configuration: exit 1, as for any other
        }
        return try data.map { try ConfigText.decode($0, source: source) } ?? ""
    }

    /// Runs `body` holding the workspace's lock on `main` (an exclusive `flock` on
    /// `.steward/locks/main.lock`), so Steward processes update `main`, the decision refs and
    /// the checkout one at a time: approve, reject, rollback, refresh, doctor and `append`.
    /// `propose` never takes it (see `withProposalsLock`). `excludingProposals`: also wait
    /// for every `propose` in progress and keep new ones out (doctor, which must never see a
    /// claimed number whose event is still being written). `action` ("approving #3"): when
    /// given, what git refuses in `body` is told in those words (`Workspace.forPeople`).
    /// An `flock` ends with its process, so these lock files are never stale.
    /// - Throws: `StewardError.conflict` at once, instead of waiting, when this process is a
    ///   pre-merge or post-merge hook of this workspace and the lock is taken: the approval
    ///   that runs the hook holds it until its hooks end.
    func withMainLock<T>(excludingProposals: Bool = false, for action: String? = nil, _ body: () throws -> T) throws -> T {
        try withFileLock("main", exclusive: true) {
            do {
                return try excludingProposals ? withFileLock("proposals", exclusive: true, body) : body()
            } catch let e as GitError {
                guard let action else { throw e }
                throw forPeople(e, while: action)
            }
        }
    }

    /// Runs `body` holding `.steward/locks/proposals.lock` shared: many proposals at once,
    /// none while `doctor` (exclusive) runs. Never the `main` lock, so a pre-merge hook may
    /// propose while the approval that runs it holds that.
    func withProposalsLock<T>(_ body: () throws -> T) throws -> T {
        try withFileLock("proposals", exclusive: false, body)
    }

    /// Runs `body` holding `.steward/locks/offline-counter.lock` exclusively: an offline
    /// proposal reads `.steward/offline-counter`, raises it and creates its ref as one step, so
    /// no two processes hand out the same J and the counter never goes back (spec 22.4).
    func withOfflineCounterLock<T>(_ body: () throws -> T) throws -> T {
        try withFileLock("offline-counter", exclusive: true, body)
    }

    private func withFileLock<T>(_ name: String, exclusive: Bool, _ body: () throws -> T) throws -> T {
        let dir = stateDir + "/locks"
        let path = dir + "/\(name).lock"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let fd = Foundation.open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw StewardError.failure("cannot open \(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        let mode = exclusive ? LOCK_EX : LOCK_SH
        if flock(fd, mode | LOCK_NB) != 0 {
            if errno == EWOULDBLOCK, name == "main", let event = hookHoldingTheMainLock() {
                throw StewardError.conflict(
                    "cannot do this from a \(event) hook: the approval that runs the hook holds the main lock (\(path)) until its hooks end, so waiting for it would only run into the hook's time-out; approve, reject, roll back, refresh or run doctor after the approval instead (a hook may propose)"
                )
            }
            while flock(fd, mode) != 0 {
                if errno != EINTR { throw StewardError.failure("cannot lock \(path): \(String(cString: strerror(errno)))") }
            }
        }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }

    /// The event, when this process runs as one of this workspace's hooks that Steward runs
    /// while holding the main lock (`STEWARD_EVENT` and `STEWARD_WORKSPACE`, section 8).
    nonisolated func hookHoldingTheMainLock() -> String? {
        let env = ProcessInfo.processInfo.environment
        guard let event = env["STEWARD_EVENT"], [HookEventName.preMerge.rawValue, HookEventName.postMerge.rawValue].contains(event),
            let ws = env["STEWARD_WORKSPACE"], Self.absolute(ws) == root
        else { return nil }
        return event
    }

    /// Retries `body` when another writer won a compare-and-swap or held a ref lock.
    func retryingContention<T>(limit: Int = 200, _ body: () throws -> T) throws -> T {
        var attempt = 0
        while true {
            do {
                return try body()
            } catch let e as GitError where e.isContention && attempt < limit {
                attempt += 1
                usleep(UInt32.random(in: 100...2000))
            }
        }
    }
}
