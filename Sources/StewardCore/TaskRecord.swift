import Foundation

/// One task (`steward run`, `steward revise`) as the store keeps it: what was asked, which
/// agent did it and why, how it ended, what it cost, and the proposal it left.
public struct TaskRecord: Sendable, Hashable, Codable {
    /// "queued" (waiting for a worker, spec 23.4), "running", "done" (ended with a proposal or
    /// with nothing to change), "failed", "interrupted" (Ctrl-C, a limit, a time-out, or a cancel
    /// that reached the worker: what was done stays as a proposal), "cancelled" (cancelled while
    /// still queued: it never ran).
    public enum Status: String, Sendable, Hashable, Codable { case queued, running, done, failed, interrupted, cancelled }

    public var id: String
    public var prompt: String
    public var agent: String
    /// Why this agent: "--agent", "rules: …", "classifier (MODEL): …".
    public var agentReason: String
    public var status: Status
    /// The proposal the task made or continued, if any; 0 for one made while the remote did
    /// not answer, which has no number yet (spec 22.4, "Offline").
    public var proposal: Int?
    /// `oJ` when `proposal` is 0: the offline proposal, until `steward sync` numbers it. Not
    /// stored: read from git (`Workspace.withProposalNow`), which also gives the number after.
    public var offline: String? = nil
    /// For `revise`: the proposal's feedback round this task answered.
    public var revisionOf: Int?
    /// Models that answered, in order of first use.
    public var models: [String]
    public var steps: Int
    public var inputTokens: Int
    public var outputTokens: Int
    public var costUSD: Double
    public var started: Date
    public var finished: Date?
    /// The agent's summary for the reviewer, or why the task failed.
    public var summary: String?
    public var error: String?

    public init(
        id: String, prompt: String, agent: String, agentReason: String, status: Status = .running, proposal: Int? = nil, revisionOf: Int? = nil,
        models: [String] = [], steps: Int = 0, inputTokens: Int = 0, outputTokens: Int = 0, costUSD: Double = 0, started: Date,
        finished: Date? = nil, summary: String? = nil, error: String? = nil
    ) {
        self.id = id
        self.prompt = prompt
        self.agent = agent
        self.agentReason = agentReason
        self.status = status
        self.proposal = proposal
        self.revisionOf = revisionOf
        self.models = models
        self.steps = steps
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.costUSD = costUSD
        self.started = started
        self.finished = finished
        self.summary = summary
        self.error = error
    }

    /// A new task id: `t` and 10 hex digits of time and chance, sortable by start.
    public static func newID(now: Date = Date()) -> String {
        let ms = UInt64(now.timeIntervalSince1970 * 1000) & 0xFF_FFFF_FFFF
        return "t" + String(ms, radix: 16) + String(format: "%04x", UInt16.random(in: 0...UInt16.max))
    }
}

/// One step of a task's story: a model reply, a tool call and its result, a correction sent
/// to the model, a fallback, an error.
public struct TaskStepRecord: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// A model replied (text and/or tool calls).
        case model
        /// A tool ran (its name, arguments, result).
        case tool
        /// The model's reply could not be used; a short corrective message went back.
        case correction
        /// A model was skipped or failed and the router moved on; or the agent gave up on one.
        case fallback
        /// Something went wrong and the task could not go on.
        case error
        /// Classification and other notes.
        case note
    }

    public var task: String
    public var index: Int
    public var date: Date
    public var kind: Kind
    /// The configured model name, for model steps.
    public var model: String?
    /// The tool's name, for tool steps.
    public var name: String?
    /// What went in (tool arguments, the model's raw reply) and what came out (the result).
    public var input: String
    public var output: String
    public var ok: Bool
    public var inputTokens: Int
    public var outputTokens: Int
    public var costUSD: Double
    public var ms: Double

    public init(
        task: String, index: Int, date: Date, kind: Kind, model: String? = nil, name: String? = nil, input: String = "", output: String = "",
        ok: Bool = true, inputTokens: Int = 0, outputTokens: Int = 0, costUSD: Double = 0, ms: Double = 0
    ) {
        self.task = task
        self.index = index
        self.date = date
        self.kind = kind
        self.model = model
        self.name = name
        self.input = input
        self.output = output
        self.ok = ok
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.costUSD = costUSD
        self.ms = ms
    }
}

/// Where tasks and their steps are recorded: data a workspace's machines share (spec 14: the
/// SQLite `Store` on one machine; PostgreSQL for several, spec 23). Async, so a backend may wait
/// on the network; every backend passes the same contract suite (`StoreContractTests`).
public protocol TaskLedger: Sendable {
    /// Inserts the task, or updates every field of the one with its id; the steps recorded for
    /// it so far stay.
    func saveTask(_ task: TaskRecord) async throws
    /// Records a step of a saved task; a step with the same task and index replaces it.
    /// - Throws: when the task was not saved first.
    func addStep(_ step: TaskStepRecord) async throws
    /// The newest `limit` tasks (by start, then id), newest first; none for `limit` ≤ 0.
    func tasks(limit: Int) async throws -> [TaskRecord]
    /// A task by id, or by a unique prefix of one (`%` and `_` are matched as themselves).
    /// - Throws: `StewardError.usage` when the prefix matches more than one task.
    func task(_ id: String) async throws -> TaskRecord?
    /// The steps of a task, in index order.
    func steps(of task: String) async throws -> [TaskStepRecord]
    /// The newest task that made or continued proposal `n`.
    func task(forProposal n: Int) async throws -> TaskRecord?
    /// The status of the newest task of each proposal (to flag unfinished ones).
    func latestTaskStatuses() async throws -> [Int: TaskRecord.Status]
}
