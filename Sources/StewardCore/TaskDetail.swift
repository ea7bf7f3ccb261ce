import Foundation

/// One task and its steps: `steward task ID --json` and the API's `GET tasks/{id}`.
public struct TaskDetail: Codable, Sendable, Hashable {
    public var task: TaskRecord
    public var steps: [TaskStepRecord]

    public init(task: TaskRecord, steps: [TaskStepRecord]) {
        self.task = task
        self.steps = steps
    }
}
