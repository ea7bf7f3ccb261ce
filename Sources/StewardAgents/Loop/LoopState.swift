import Foundation
import StewardCore
import StewardModels

/// What one run of the loop keeps from step to step: the task's record, the conversation,
/// and what the loop counts to coach the model and to know when to stop.
struct LoopState {
    /// The task as the ledger records it.
    var record: TaskRecord
    /// The conversation, sent whole with each request.
    var messages: [ChatMessage]
    /// When the task started (the time limit counts from here).
    let started: Date
    /// Where the run's events go.
    let progress: @Sendable (AgentEvent) -> Void
    /// Steps recorded in the ledger so far.
    var stepIndex = 0
    /// Models given up on during this task.
    var excluded: Set<String> = []
    /// Unusable replies in a row from the model being asked.
    var corrections = 0
    /// The last call (name and arguments) and how many times in a row it was made.
    var lastCall: String?
    var repeats = 0
    /// Whether a tool other than `finish` worked.
    var didSomething = false
    /// Paths calls have worked on (for the next-step hint).
    var touched: Set<String> = []
    /// Changes that worked, by call, so a repeat is answered instead of refused by git.
    var succeededChanges: [String: String] = [:]
    /// Whether an early `finish` was questioned already (it is, once).
    var finishChallenged = false
    /// Every call made so far (name and arguments), and the rounds in a row without a call
    /// that was new and worked (going round in circles).
    var made: Set<String> = []
    var stale = 0
    /// The reply limit of the next request, and the limit the last reply was cut at, if it was.
    var replyTokens: Int
    var cut: Int?
    /// Whether the reply cut at the limit was repeating itself (`AgentLoop.repeats`).
    var looped = false
    /// Whether a looping write was written as it was before the repeat (it is, once).
    var salvaged = false
    /// What the person is told at the end (the outcome's notes), each once.
    var notes: [String] = []

    init(
        record: TaskRecord, messages: [ChatMessage], started: Date, replyTokens: Int = AgentLimits().maxReplyTokens,
        progress: @escaping @Sendable (AgentEvent) -> Void
    ) {
        self.record = record
        self.messages = messages
        self.started = started
        self.replyTokens = replyTokens
        self.progress = progress
    }
}

/// What the loop does after a step.
enum Next: Equatable {
    /// Ask the model again.
    case again
    /// Ask the next model on the route: the last one was given up on.
    case nextModel
    /// The task ends so.
    case end(TaskRecord.Status, summary: String? = nil, error: String? = nil)
}
