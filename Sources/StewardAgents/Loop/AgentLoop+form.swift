import Foundation
import StewardCore
import StewardJSON
import StewardModels
import StewardTools

/// Asking a form question (`FormQuestion`): one reply, held to the schema when the model's
/// server can hold it, recorded like any model step (its tokens and time count against the
/// task's limits).
extension AgentLoop {
    /// The answer to `q`, or nil when there is none that fits the schema. One reply along the
    /// agent's route (temperature 0, no tools); for a first model with `constrained` on it is
    /// held to the schema. Any other model is not sent one (a server may refuse it, or hold the
    /// reply where the person said it cannot): it is asked `q.written` and its reply read
    /// leniently, asked once more, told what did not fit, when it does not. Nothing is added to
    /// the conversation: the question has its own short prompt.
    func form(_ q: FormQuestion, _ state: inout LoopState) async -> [String: JSONValue]? {
        let held = planModel(state)?.constrained ?? false
        let asked = held ? q : q.written
        var messages: [ChatMessage] = [.system(asked.system), .user(asked.user)]
        for _ in 0..<(held ? 1 : 2) {
            guard let (text, read) = await formReply(messages, asked, held: held, &state) else { return nil }
            switch read {
            case .success(let object): return object
            case .failure(let misfit):
                messages += [.assistant(text), .user("That does not fit: \(misfit.problem). Reply with the JSON object only.")]
            }
        }
        return nil
    }

    /// One reply to `messages`, recorded as a model step (ok when it fits `q`'s schema), and
    /// what was read in it; nil when there is no reply.
    func formReply(
        _ messages: [ChatMessage], _ q: FormQuestion, held: Bool, _ state: inout LoopState
    ) async -> (String, Result<[String: JSONValue], FormQuestion.Misfit>)? {
        guard limitReached(state) == nil else { return nil }
        var options = self.options
        options.exclude.formUnion(state.excluded)
        let start = clock()
        var request = ChatRequest(
            messages: messages, format: held ? q.schema : nil, temperature: 0, maxTokens: q.maxTokens, stream: true)
        request.stopWhenRepeating = q.stopsRepeating
        let progress = state.progress
        // The JSON answer is not for the person: only where the call went is passed on.
        let quiet: @Sendable (AgentEvent) -> Void = { event in
            switch event {
            case .text, .thinking: break
            default: progress(event)
            }
        }
        let question = "form: " + messages.map(\.content).joined(separator: "\n\n")
        let answer: Answer
        do {
            answer = try await ask(request, options: options, within: remaining(state), progress: quiet)
        } catch {
            // A server that refuses the schema, a time-out, Ctrl-C: the free loop goes on and
            // meets (and reports) whatever it was.
            let why = (error as? ModelError)?.message ?? (error is StepTimeout ? "no answer in time" : "\(error)")
            await step(
                &state, .model, model: await toolbox.currentModel, input: question, output: "error: " + why, ok: false, ms: elapsed(since: start))
            return nil
        }
        for (model, note) in answer.fallbacks { await step(&state, .fallback, model: model, output: note, ok: false) }
        guard let reply = answer.reply, let model = answer.model else { return nil }
        let usage = reply.usage ?? Usage(inputTokens: 0, outputTokens: 0)
        state.record.steps += 1
        if !state.record.models.contains(model.name) { state.record.models.append(model.name) }
        state.record.inputTokens += usage.inputTokens
        state.record.outputTokens += usage.outputTokens
        state.record.costUSD += answer.cost
        state.progress(.replied(model: model.name, step: state.record.steps, inputTokens: usage.inputTokens, outputTokens: usage.outputTokens))
        let text = reply.message.content
        let read = q.read(text, held: held)
        await step(
            &state, .model, model: model.name, input: question, output: text, ok: (try? read.get()) != nil, usage: reply.usage, cost: answer.cost,
            ms: elapsed(since: start))
        await save(state)
        return (text, read)
    }

    /// The text of `path` as the task's proposal has it (main's until the first change), or
    /// nil when it is not there or not UTF-8 text.
    func text(of path: String) async -> String? {
        guard let data = try? await toolbox.workspace.readFile(path, in: await toolbox.readingProposal()) else { return nil }
        return String(data: data, encoding: .utf8)
    }

    func elapsed(since start: Date) -> Double { clock().timeIntervalSince(start) * 1000 }
}
