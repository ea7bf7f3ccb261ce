import Foundation
import StewardCore
import StewardJSON
import StewardModels

/// Recording the task: its steps in the ledger, its record, its end.
extension AgentLoop {
    /// Records one step of the task.
    func step(
        _ state: inout LoopState, _ kind: TaskStepRecord.Kind, model: String? = nil, name: String? = nil, input: String = "", output: String = "",
        ok: Bool = true, usage: Usage? = nil, cost: Double = 0, ms: Double = 0
    ) async {
        state.stepIndex += 1
        try? await ledger?.addStep(
            TaskStepRecord(
                task: state.record.id, index: state.stepIndex, date: clock(), kind: kind, model: model, name: name, input: input,
                output: output, ok: ok, inputTokens: usage?.inputTokens ?? 0, outputTokens: usage?.outputTokens ?? 0,
                costUSD: cost, ms: ms))
    }

    func save(_ state: LoopState) async { try? await ledger?.saveTask(state.record) }

    /// Ends the task: its status, summary or error (also recorded as a step), its proposal.
    func end(_ state: inout LoopState, _ status: TaskRecord.Status, summary: String? = nil, error: String? = nil) async -> AgentOutcome {
        state.record.status = status
        state.record.summary = summary
        state.record.error = error
        state.record.proposal = await toolbox.proposal ?? state.record.proposal
        state.record.finished = clock()
        if let error { await step(&state, .error, output: error, ok: false) }
        await save(state)
        return AgentOutcome(record: state.record, changed: await toolbox.changed, notes: state.notes)
    }

    /// The model's closing words as a summary, unless they are JSON or code it printed
    /// (then nil: the caller describes the changes instead).
    static func proseSummary(_ text: String) -> String? {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if t.first == "{", let json = try? JSONValue.parseLenient(t),
            let summary = json["summary"]?.string ?? json["arguments"]?["summary"]?.string, !summary.isEmpty
        {
            return summaryLine(summary)  // a finish the model printed without naming it
        }
        guard let first = t.first, !"{[<`".contains(first), !t.contains("```") else { return nil }
        return summaryLine(t)
    }

    static func summaryLine(_ text: String) -> String {
        let line = text.split(separator: "\n").first.map(String.init) ?? text
        return line.count > 300 ? String(line.prefix(300)) + "…" : line
    }
}
