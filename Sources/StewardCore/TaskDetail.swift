import Foundation

/// One task and its steps: `steward task ID --json` and the API's `GET tasks/{id}`.
public struct TaskDetail: Codable, Sendable, Hashable {
    public var task: TaskRecord
    public var steps: [TaskStepRecord]
    /// While the task is `queued` again after a worker gave it back unstarted (spec 23.4): the
    /// last give-back, which says why it still waits. Absent otherwise.
    public var givenBack: TaskGivenBack?

    public init(task: TaskRecord, steps: [TaskStepRecord], givenBack: TaskGivenBack? = nil) {
        self.task = task
        self.steps = steps
        self.givenBack = givenBack
    }
}

/// A worker gave a task back unstarted (spec 23.4): its `given-back` event's `worker` and
/// `reason` (why, with what to do), and when.
public struct TaskGivenBack: Codable, Sendable, Hashable {
    public var worker: String
    public var reason: String
    public var date: Date

    public init(worker: String, reason: String, date: Date) {
        self.worker = worker
        self.reason = reason
        self.date = date
    }
}
