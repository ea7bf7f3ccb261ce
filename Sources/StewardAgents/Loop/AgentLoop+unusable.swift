import Foundation
import StewardModels

/// The one path of an unusable reply: a correction, or, after too many in a row, giving up
/// on the model for the next one on the route, or failing when none is left.
extension AgentLoop {
    /// Why a reply could not be used.
    enum Unusable: Equatable {
        /// The server could not read it: the server's message.
        case unreadable(String)
        /// It held no call: its text trimmed, and the reply as it was.
        case prose(String, reply: String)
        /// It was cut at this reply limit (or stopped repeating itself) before a call was
        /// complete: the limit, and the reply's text.
        case cut(Int, reply: String)
        /// Its calls were all made before, or did not work, for too many replies in a row.
        case circling(Int)
        /// Its calls all failed (their errors went back to the model); `repeating` when the
        /// same call was made past the loop limit.
        case failedRound(repeating: Bool)

        /// Why the model is given up on, after `corrections` unusable replies in a row.
        func reason(corrections: Int) -> String {
            switch self {
            case .unreadable: "\(corrections) unreadable replies in a row"
            case .prose: "no tool call in \(corrections) replies"
            case .cut: "\(corrections) replies cut at the reply limit"
            case .circling(let n): "it goes round in circles (\(n) replies without a new call that worked)"
            case .failedRound(let repeating): repeating ? "it repeats the same call" : "\(corrections) unusable replies in a row"
            }
        }
    }

    /// Counts the unusable reply. Past `maxCorrections` in a row (or a call repeated past the
    /// loop limit), gives up on `model`: the next model on the route, or the task's end when
    /// none is left. Else the correction goes to the model.
    func unusable(_ why: Unusable, from model: ModelSpec, _ state: inout LoopState) async -> Next {
        state.corrections += 1
        let repeating: Bool
        switch why {
        case .failedRound(repeating: true), .circling: repeating = true
        default: repeating = false
        }
        if repeating || state.corrections > limits.maxCorrections {
            let reason = why.reason(corrections: state.corrections)
            if let note = giveUp(model, reason: reason, &state) {
                await step(&state, .fallback, model: model.name, output: note, ok: false)
                state.corrections = 0
                return .nextModel
            }
            switch why {
            case .cut(let limit, _):
                return .end(
                    .failed,
                    error:
                        "\(model.name)'s replies were cut at the reply limit (\(limit) tokens) before a call was complete, and no other model is left on the '\(toolbox.kind.rawValue)' route; raise [agents] max_reply_tokens"
                )
            case .unreadable(let error):
                return .end(
                    .failed,
                    error: "\(model.name)'s replies could not be read (\(error)) and no other model is left on the '\(toolbox.kind.rawValue)' route")
            case .prose(let text, _):
                // Nothing to change and nothing left to ask: the answer is the reply.
                return .end(.done, summary: text.isEmpty ? "no changes" : Self.summaryLine(text))
            case .failedRound, .circling:
                return .end(
                    .failed,
                    error: "\(model.name) could not use the tools (\(reason)) and no other model is left on the '\(toolbox.kind.rawValue)' route")
            }
        }
        let fix: String
        switch why {
        case .unreadable:
            fix =
                "Your last reply could not be read as a tool call. The tools are: \(toolbox.toolNames.joined(separator: ", ")). "
                + "Reply with only one call, like \(await nextStep(state))."
        case .prose(let text, let reply):
            // A small model often prints the text it means to write: offer it back as the
            // content of the write the task asks for.
            fix =
                "Reply with a tool call, for example \(await nextStep(state, content: Coaching.intendedContent(text))). When the task is done, call finish."
            state.messages.append(.assistant(reply))
        case .cut(let limit, let reply):
            // What it wrote before it began repeating is likely what it meant: offered back
            // as the write's content, once (`Coaching.partialContent`); a loop that counts on
            // ("4. Remove…", "5. Remove…") up to its first repeated line.
            let before =
                state.looped
                ? RepeatingText.beforeRepeating(reply).flatMap(Coaching.partialContent)
                    ?? Coaching.partialContent(reply).flatMap(Coaching.beforeRepeatedLine) : nil
            fix =
                (state.looped
                    ? "Your last reply repeated the same text over and over, so it was stopped before its call was complete."
                    : "Your last reply was cut at \(limit) tokens, before its call was complete.")
                + " Reply with only one call, like \(toolbox.coaching.mended(await nextStep(state, content: before)))."
        case .failedRound, .circling:
            return .again  // the calls' errors are in the conversation already
        }
        state.messages.append(.user(fix))
        await step(&state, .correction, model: model.name, output: fix, ok: false)
        state.progress(.correction(fix))
        return .again
    }

    /// Stops using `model` for this task; returns a note when another model on the route is
    /// left to try, nil when none is.
    func giveUp(_ model: ModelSpec, reason: String, _ state: inout LoopState) -> String? {
        state.excluded.insert(model.name)
        let route = options.model.map { [$0] } ?? router.config.route(toolbox.kind.rawValue)
        let left = route.filter { !state.excluded.contains($0) && !options.exclude.contains($0) }
        state.progress(.gaveUp(model: model.name, reason: reason))
        guard !left.isEmpty else { return nil }
        return "gave up on \(model.name) (\(reason)); next on the route: \(left.joined(separator: ", "))"
    }
}
