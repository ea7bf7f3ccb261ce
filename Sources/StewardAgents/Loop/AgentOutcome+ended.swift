import StewardCore

extension AgentOutcome {
    /// The outcome of a task whose end was recorded by no run of this process (spec 23.4: the
    /// lapsed-cancel sweep ended it after its holder died), for `Orchestrator.afterTask`:
    /// `changed` is what its proposal changes.
    public init(endedElsewhere record: TaskRecord, changed: [String]) {
        self.init(record: record, changed: changed)
    }
}
