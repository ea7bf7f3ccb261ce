import Foundation
import StewardModels

/// Judging a round: done, going on, or unusable.
extension AgentLoop {
    /// A round that finished ends the task; one in which a call worked resets the count of
    /// unusable replies; one in which nothing worked is an unusable reply (the calls' errors
    /// were its correction).
    func judge(_ round: Round, from model: ModelSpec, _ state: inout LoopState) async -> Next {
        if let summary = round.finished { return .end(.done, summary: summary) }
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
        let next = await unusable(.failedRound(repeating: state.repeats > limits.maxRepeats + 2), from: model, &state)
        if next == .nextModel {
            // The next model's calls are its own, not repeats of the last one's.
            state.repeats = 0
            state.lastCall = nil
        }
        return next
    }
}
