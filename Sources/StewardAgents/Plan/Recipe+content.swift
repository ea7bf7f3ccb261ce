import StewardModels

/// Content recipes (create, replace, append, prepend): H5 fills this in (issue 19).
extension AgentLoop {
    /// The calls that do `plan`, or nil: no recipe, the free loop goes on.
    func contentRecipe(_ plan: TaskPlan, _ state: inout LoopState) async -> [ToolCall]? { nil }
}
