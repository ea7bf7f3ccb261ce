import Foundation

/// The task's limits, checked before each model reply.
extension AgentLoop {
    /// What the task's end says when the person stopped it.
    static let stoppedMessage = "stopped (Ctrl-C); what was done so far stays in the proposal"

    /// The limit the task reached (cancellation, steps, tokens, time), as the task's error; nil
    /// while none is.
    func limitReached(_ state: LoopState) -> String? {
        let record = state.record
        if Task.isCancelled { return Self.stoppedMessage }
        if record.steps >= limits.maxSteps {
            return "the step limit (\(limits.maxSteps) model replies) was reached; raise it with --max-steps"
        }
        if record.inputTokens + record.outputTokens >= limits.maxTokens {
            return "the token limit (\(limits.maxTokens)) was reached ([agents] max_tokens)"
        }
        if clock().timeIntervalSince(state.started) >= limits.timeout {
            return "the time limit (\(Int(limits.timeout)) s) was reached ([agents] timeout_seconds)"
        }
        return nil
    }

    /// The time left for one model reply.
    func remaining(_ state: LoopState) -> Double {
        limits.timeout - clock().timeIntervalSince(state.started)
    }

    /// The temperature of the next request. After two unusable replies in a row, a little
    /// randomness: at temperature 0 a small model tends to repeat the same wrong call however
    /// it is corrected. The first retry stays deterministic: the correction's example is
    /// usually what it needs.
    static func temperature(afterCorrections corrections: Int) -> Double? {
        corrections > 1 ? min(0.9, 0.3 * Double(corrections - 1)) : nil
    }
}
