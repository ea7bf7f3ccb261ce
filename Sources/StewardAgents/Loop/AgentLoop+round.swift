import Foundation
import StewardCore
import StewardJSON
import StewardModels

/// A round: the calls of one reply, run in order.
extension AgentLoop {
    /// What a round came to.
    struct Round: Equatable {
        /// Where the round's messages start in the conversation.
        var start: Int
        /// No call in it worked.
        var failed = true
        /// What went wrong, call by call.
        var errors: [String] = []
        /// The summary of the `finish` that ended the task, if one did.
        var finished: String?
        /// A call in it was not made before in this task, and worked.
        var fresh = false
    }

    /// Runs `calls` in order, each recorded and answered in the conversation; the first
    /// `finish` ends the round and the task. A repaired reply's text is not kept (the calls
    /// stand for it).
    func round(_ calls: [ToolCall], repaired: Bool, reply: ChatMessage, from model: ModelSpec, _ state: inout LoopState) async -> Round {
        var round = Round(start: state.messages.count)
        state.messages.append(ChatMessage(role: .assistant, content: repaired ? "" : reply.content, toolCalls: calls, thinking: reply.thinking))
        for call in calls {
            let isNew = state.made.insert(call.name + " " + call.arguments).inserted
            let outcome = await outcome(of: call, &state)
            if isNew && outcome.ok { round.fresh = true }
            let opened = await toolbox.proposal
            if state.record.proposal == nil, let opened {
                state.record.proposal = opened
                state.progress(.proposalOpened(opened))
            }
            await step(&state, .tool, model: model.name, name: call.name, input: call.arguments, output: outcome.text, ok: outcome.ok)
            state.progress(.toolResult(name: call.name, ok: outcome.ok, text: outcome.text))
            state.messages.append(.tool(ToolOutcome.cut(outcome.text), callID: call.id, name: call.name))
            if outcome.ok { round.failed = false } else { round.errors.append(outcome.text) }
            if outcome.finished {
                let summary = (try? ToolCallRepair.arguments(call.arguments))?["summary"]?.string ?? ""
                round.finished = summary.isEmpty ? "done" : Self.summaryLine(summary)
                return round
            }
        }
        return round
    }

    /// Runs one call, unless it repeats a change that worked or repeats itself past the limit;
    /// the first `finish` before any tool worked is questioned. Keeps count of repeats, what
    /// was touched, and what was done.
    func outcome(of call: ToolCall, _ state: inout LoopState) async -> ToolOutcome {
        let signature = call.name + " " + call.arguments
        state.repeats = signature == state.lastCall ? state.repeats + 1 : 1
        state.lastCall = signature
        var outcome: ToolOutcome
        if let earlier = state.succeededChanges[signature] {
            // Small models repeat the change that just worked instead of finishing: once every
            // file the task names is done, that is how they say so.
            outcome =
                await nextStep(state) == toolbox.coaching.finishCall(await toolbox.changed)
                ? ToolOutcome(ok: true, text: "that was already done; taken as finish", finished: true)
                : ToolOutcome(
                    ok: false,
                    text:
                        "error: that was already done (\(earlier)). If the task is complete, call finish with a one-line summary; otherwise do the next step."
                )
        } else if state.repeats > limits.maxRepeats {
            outcome = ToolOutcome(
                ok: false,
                text:
                    "error: you made this same call \(state.repeats) times; its result will not change. Do the next step, for example \(await nextStep(state)), or call finish."
            )
        } else {
            do {
                var args = try ToolCallRepair.arguments(call.arguments)
                state.progress(.toolCall(name: call.name, arguments: JSONValue.object(args).jsonText))
                // The finish just suggested, written into the file: taken as finish once all
                // is done, else refused (the file keeps what it had).
                if toolbox.coaching.echoesFinish(call.name, args, changed: await toolbox.changed) {
                    return await nextStep(state) == toolbox.coaching.finishCall(await toolbox.changed)
                        ? ToolOutcome(ok: true, text: "that text is the summary of finish, not the file's; taken as finish", finished: true)
                        : ToolOutcome(
                            ok: false,
                            text:
                                "error: that text is the summary of finish, not the file's; the file keeps what it had. Do the next step, for example \(await nextStep(state))"
                        )
                }
                // A skill's front matter is made by code, around the model's instructions (`Coaching+skill`).
                let skill = toolbox.coaching.skillWrite(call.name, args)
                if let skill { args = skill.arguments }
                // What the call would make is wrong whatever the task's words (`Coaching+checks`).
                if let refused = toolbox.coaching.refusal(call.name, args, changed: await toolbox.changed, byCode: await toolbox.byCode) {
                    return ToolOutcome(ok: false, text: "error: " + refused)
                }
                outcome = await toolbox.run(call.name, args)
                if let skill, outcome.ok { outcome.text = Coaching.noted(outcome.text, skill.note) }
                for key in toolbox.coaching.pathKeys(of: call.name) { if let p = args[key]?.string, outcome.ok { state.touched.insert(p) } }
                if state.repeats > 1 && outcome.ok && outcome.changed.isEmpty && !outcome.finished {
                    // The same read again: the answer, and a push to the next step.
                    outcome.text += "\n(You already had this result. Do the next step, for example \(await nextStep(state)).)"
                }
            } catch {
                outcome = ToolOutcome(ok: false, text: "error: \(call.name): \(error)")
            }
        }
        if outcome.finished && !state.didSomething && !state.finishChallenged {
            // A small model may finish at once, claiming work it never did: the first
            // finish before any other tool worked is questioned.
            state.finishChallenged = true
            outcome = ToolOutcome(
                ok: false,
                text:
                    "error: no tool has been used yet, so nothing is done. Do the task with the tools first; if there is truly nothing to do, call finish again."
            )
        }
        if outcome.ok && !outcome.finished { state.didSomething = true }
        if outcome.ok && !outcome.changed.isEmpty { state.succeededChanges[signature] = outcome.text }
        return outcome
    }

    /// The whole call to suggest next (small models copy examples; a write whose content is
    /// not known is said in words, `Coaching.spoken`).
    func nextStep(_ state: LoopState, content: String? = nil) async -> String {
        let coaching = toolbox.coaching
        return coaching.spoken(
            coaching.suggestion(touched: state.touched, changed: await toolbox.changed, content: content, read: await toolbox.lastRead))
    }
}
