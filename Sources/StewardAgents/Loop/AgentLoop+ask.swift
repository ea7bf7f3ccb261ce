import Foundation
import StewardCore
import StewardModels

/// Asking the model: one reply along the agent's route, streamed, within the time left.
extension AgentLoop {
    /// What asking came to.
    enum Heard {
        /// A reply, recorded, from this model.
        case reply(ModelSpec, ChatMessage)
        /// The server could not read the model's reply (a small model broke the call
        /// format): the server's message. Recorded as the model's step; an unusable reply.
        case unreadable(ModelSpec, String)
        /// The task cannot go on (a limit, Ctrl-C, a failure no other model can mend).
        case stop(Next)
    }

    struct StepTimeout: Error {}

    /// What one model reply came to: the reply, who gave it, its cost, and the models the
    /// router skipped or left on the way (recorded as fallback steps).
    struct Answer: Sendable {
        var reply: ChatResponse?
        var model: ModelSpec?
        var cost = 0.0
        var fallbacks: [(String, String)] = []
        /// What the router said about a model, for the person (`RouterEvent.note`).
        var notes: [String] = []
    }

    /// Asks for one reply with the conversation so far, skipping the models given up on, and
    /// records it (the model's step, its tokens and cost, the models the router passed over).
    func ask(_ state: inout LoopState) async -> Heard {
        var options = self.options
        options.exclude.formUnion(state.excluded)
        let callStart = clock()
        var request = ChatRequest(
            messages: state.messages, tools: toolbox.definitions, temperature: Self.temperature(afterCorrections: state.corrections),
            maxTokens: state.replyTokens, stream: true)
        // A reply that repeats itself is stopped at once, not at the reply limit.
        request.stopWhenRepeating = true
        let answer: Answer
        do {
            answer = try await ask(request, options: options, within: remaining(state), progress: state.progress)
        } catch is StepTimeout {
            return .stop(
                .end(.interrupted, error: "the time limit (\(Int(limits.timeout)) s) was reached during a model reply ([agents] timeout_seconds)"))
        } catch is CancellationError {
            return .stop(.end(.interrupted, error: Self.stoppedMessage))
        } catch let e as ModelError {
            if e.kind == .cancelled || Task.isCancelled { return .stop(.end(.interrupted, error: Self.stoppedMessage)) }
            guard e.kind == .malformed, let model = await toolbox.currentModel.flatMap({ router.config.models[$0] }) else {
                return .stop(.end(.failed, error: e.message))
            }
            state.record.steps += 1
            await step(&state, .model, model: model.name, output: e.message, ok: false, ms: clock().timeIntervalSince(callStart) * 1000)
            state.progress(.replied(model: model.name, step: state.record.steps, inputTokens: 0, outputTokens: 0))
            return .unreadable(model, e.message)
        } catch {
            return .stop(.end(.failed, error: "\(error)"))
        }
        for (model, note) in answer.fallbacks { await step(&state, .fallback, model: model, output: note, ok: false) }
        for note in answer.notes where !state.notes.contains(note) {
            state.notes.append(note)
            await step(&state, .note, output: note)
        }
        guard let reply = answer.reply, let model = answer.model else { return .stop(.end(.failed, error: "the router ended without a reply")) }
        var record = state.record
        record.steps += 1
        if !record.models.contains(model.name) { record.models.append(model.name) }
        let usage = reply.usage ?? Usage(inputTokens: 0, outputTokens: 0)
        record.inputTokens += usage.inputTokens
        record.outputTokens += usage.outputTokens
        record.costUSD += answer.cost
        state.record = record
        state.progress(.replied(model: model.name, step: record.steps, inputTokens: usage.inputTokens, outputTokens: usage.outputTokens))
        let message = reply.message
        let raw =
            message.content + (message.toolCalls.isEmpty ? "" : "\n" + message.toolCalls.map { "\($0.name) \($0.arguments)" }.joined(separator: "\n"))
        await step(
            &state, .model, model: model.name, output: raw, usage: reply.usage, cost: answer.cost, ms: clock().timeIntervalSince(callStart) * 1000)
        // Cut at the limit: the limit doubles (up to 8 times the setting) for what the task
        // still has to write; the cut reply itself is unusable. Not for a reply that was
        // repeating itself when it was cut or stopped (`RepeatingText`): a longer one repeats
        // longer (measured: 512 then 1,024 tokens took a task past its 300 s limit on a
        // loaded machine).
        let stopped = reply.finishReason == RepeatingText.finishReason
        state.cut = stopped || ["length", "max_tokens"].contains(reply.finishReason) ? state.replyTokens : nil
        state.looped = stopped || (state.cut != nil && RepeatingText.endsRepeating(raw))
        if state.cut != nil && !state.looped { state.replyTokens = min(state.replyTokens * 2, limits.maxReplyTokens * 8) }
        // Looping to the limit (the stream was not stopped), the next reply likely loops
        // again: half the limit (at least 64 tokens, plenty for a call), so that each costs
        // less time. A reply stopped as it began repeating cost little: the limit stays.
        if state.looped && !stopped { state.replyTokens = min(state.replyTokens, max(state.replyTokens / 2, 64)) }
        await save(state)
        return .reply(model, message)
    }

    /// One reply along the agent's route, streamed to `progress`, stopped when `seconds` run
    /// out (a model that rambles cannot hold a task past its time limit) or when the task is
    /// cancelled.
    func ask(_ request: ChatRequest, options: RouteOptions, within seconds: Double, progress: @escaping @Sendable (AgentEvent) -> Void) async throws
        -> Answer
    {
        let stream = router.stream(purpose: toolbox.kind.rawValue, request: request, options: options)
        let toolbox = self.toolbox
        let work = Task { () throws -> Answer in
            var answer = Answer()
            for try await event in stream {
                switch event {
                case .trying(let m):
                    await toolbox.setModel(m.name)
                    progress(.trying(model: m.name, detail: "\(m.provider.rawValue) \(m.model)\(m.cloud ? ", cloud" : "")"))
                case .skipped(let m, let reason):
                    answer.fallbacks.append((m.name, "skipped: \(reason)"))
                    progress(.skipped(model: m.name, reason: reason))
                case .failed(let m, let reason):
                    answer.fallbacks.append((m.name, "failed: \(reason)"))
                    progress(.failed(model: m.name, reason: reason))
                case .text(let t): progress(.text(t))
                case .thinking(let t): progress(.thinking(t))
                case .toolCall: break
                case .note(_, let text): answer.notes.append(text)
                case .done(let r, let m, let c):
                    answer.reply = r
                    answer.model = m
                    answer.cost = c
                }
            }
            return answer
        }
        return try await Self.limited(work, seconds: seconds)
    }

    /// Waits for `work`, cancelling it when `seconds` run out (then throws `StepTimeout`)
    /// or when the caller is cancelled.
    static func limited<T: Sendable>(_ work: Task<T, Error>, seconds: Double) async throws -> T {
        let timedOut = OnceFlag()
        let watchdog = Task {
            try await Task.sleep(nanoseconds: UInt64(max(0, seconds) * 1e9))
            timedOut.set()
            work.cancel()
        }
        defer { watchdog.cancel() }
        do {
            let value = try await withTaskCancellationHandler {
                try await work.value
            } onCancel: {
                work.cancel()
            }
            // A cancelled stream may just end: the flag tells a time-out from an answer, and
            // the caller's own cancellation (Ctrl-C) from both.
            if timedOut.isSet { throw StepTimeout() }
            if Task.isCancelled { throw CancellationError() }
            return value
        } catch {
            if timedOut.isSet { throw StepTimeout() }
            throw error
        }
    }
}
