import StewardJSON

/// A pending proposal whose task went on with another one (spec 23.4, "Hand-over"): what an
/// earlier holder did on a machine whose remote did not answer (its offline proposal, numbered
/// when that machine synced) while a worker elsewhere started the task again. Both hold the same
/// task's work; the person keeps one. `review`, `diff` and the dashboard mark it
/// (StewardWorker's `LateOfflineProposals` decides which proposals are late).
public struct LateProposal: Sendable, Hashable, Codable {
    public init(task: String, wentOn: Int, taskStatus: TaskRecord.Status, wentOnStatus: ProposalStatus?, note: String) {
        self.task = task
        self.wentOn = wentOn
        self.taskStatus = taskStatus
        self.wentOnStatus = wentOnStatus
        self.note = note
    }

    /// The task both proposals were made for (the `Steward-Task` of this one's record commit).
    public var task: String
    /// The proposal the task went on with (its row in the shared store names it).
    public var wentOn: Int
    /// The task's status there.
    public var taskStatus: TaskRecord.Status
    /// Where `wentOn` stands here (pending, approved, rejected…); nil when it is not here.
    public var wentOnStatus: ProposalStatus?
    /// What to tell the person, as `review`, `diff` and the dashboard say it.
    public var note: String
}

extension LateProposal: JSONValueConvertible {
    public var jsonValue: JSONValue {
        .fields([
            "task": .string(task), "wentOn": .int(wentOn), "taskStatus": .string(taskStatus.rawValue),
            "wentOnStatus": wentOnStatus.map { .string($0.rawValue) }, "note": .string(note),
        ])
    }
}
