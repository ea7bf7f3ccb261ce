import Foundation
import StewardCore
import StewardSandbox

/// Limits on one task; the CLI sets them from flags and `steward.toml`.
public struct AgentLimits: Sendable, Hashable {
    /// Model replies at most.
    public var maxSteps = 24
    /// Tokens in and out, over every call of the task.
    public var maxTokens = 200_000
    /// Wall-clock seconds for the whole task.
    public var timeout: Double = 900
    /// Unusable replies in a row from one model before the next model on the route is asked.
    public var maxCorrections = 3
    /// The same call with the same arguments this many times in a row is a loop; so are
    /// `maxRepeats + 3` replies in a row without a call that is new and works (going round in
    /// circles: `read a, read b, read a, …`).
    public var maxRepeats = 3
    /// Tokens one model reply may have (`[agents] max_reply_tokens`): a call needs well under
    /// 100 tokens besides what it writes. A reply cut at this limit doubles it for the rest of
    /// the task, up to 8 times the setting.
    public var maxReplyTokens = 512
    /// Whether a model whose replies can be held to a schema is first asked for a plan
    /// (`AgentLoop+plan`, `[agents] plan`); off, every task runs the free loop.
    public var plan = true
    public init() {}
}

/// What a running task tells the person, as it happens.
public enum AgentEvent: Sendable, Hashable {
    /// The task started (the first event of every task): its id, its agent and why.
    case started(task: String, agent: String, reason: String)
    case trying(model: String, detail: String)
    /// A model reply arrived: the task's model replies so far (its step count, as
    /// `--max-steps` counts) and this reply's tokens.
    case replied(model: String, step: Int, inputTokens: Int, outputTokens: Int)
    case skipped(model: String, reason: String)
    case failed(model: String, reason: String)
    case text(String)
    case thinking(String)
    case toolCall(name: String, arguments: String)
    case toolResult(name: String, ok: Bool, text: String)
    /// The reply could not be used; this went back to the model.
    case correction(String)
    /// The agent stopped using a model whose replies stayed unusable.
    case gaveUp(model: String, reason: String)
    /// The first change opened this proposal.
    case proposalOpened(Int)
}

/// How a task ended.
public struct AgentOutcome: Sendable, Hashable {
    public var record: TaskRecord
    /// Paths the proposal changes.
    public var changed: [String]
    /// What `post-task` hooks said, or that one failed (the task's result stands).
    public var notes: [String] = []
    /// The approval the person's `[policy] auto_approve` made of the task's proposal, if any.
    public var autoApproved: MergeResult? = nil
}
