import Foundation
import StewardModels

/// Judging a round: done, going on, or unusable.
extension AgentLoop {
    /// A round that finished ends the task; one in which a call worked resets the count of
    /// unusable replies; one in which nothing worked is an unusable reply (the calls' errors
    /// were its correction). More than `maxRepeats + 2` rounds in a row without a call that
    /// is new and worked are a loop, however the calls vary: the model is given up on.
    func judge(_ round: Round, from model: ModelSpec, _ state: inout LoopState) async -> Next {
        if let summary = round.finished { return .end(.done, summary: summary) }
        state.stale = round.fresh ? 0 : state.stale + 1
        if state.stale > limits.maxRepeats + 2 && state.repeats <= limits.maxRepeats + 2 {
            return Self.forNextModel(await unusable(.circling(state.stale), from: model, &state), &state)
        }
        guard round.failed else {
            state.corrections = 0
            return .again
        }
        // A small model (calls in the prompt) copies its own last call, however it is
        // corrected: a round in which nothing worked leaves no call of its own in the
        // conversation, only what went wrong and what to do instead. Models with native
        // calls keep each call paired with its result, as their APIs expect.
        if model.toolCalls == "prompt" {
            state.messages.removeSubrange(round.start...)
            state.messages.append(.user(round.errors.joined(separator: "\n")))
        }
        return Self.forNextModel(await unusable(.failedRound(repeating: state.repeats > limits.maxRepeats + 2), from: model, &state), &state)
    }

    /// `next`, after clearing the counts of loops when it is the next model: its calls are
    /// its own, not repeats of the last one's.
    static func forNextModel(_ next: Next, _ state: inout LoopState) -> Next {
        if next == .nextModel {
            state.repeats = 0
            state.lastCall = nil
            state.stale = 0
        }
        return next
    }
}
