import StewardModels

/// Derived recipes (summarise, extract, list, convert, skill, script): H6 fills this in (issue 19).
extension AgentLoop {
    /// The calls that do `plan`, or nil: no recipe, the free loop goes on.
    func derivedRecipe(_ plan: TaskPlan, _ state: inout LoopState) async -> [ToolCall]? { nil }
}
