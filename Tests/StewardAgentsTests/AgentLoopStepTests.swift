import Foundation
import StewardCore
import StewardModels
import StewardSandbox
import StewardStore
import StewardTestSupport
import Testing

@testable import StewardAgents

/// The events a run sent, in order.
final class EventLog: @unchecked Sendable {
    // @unchecked: `items` is only touched under `lock`.
    private let lock = NSLock()
    private var items: [AgentEvent] = []
    func add(_ e: AgentEvent) {
        lock.lock()
        items.append(e)
        lock.unlock()
    }
    var all: [AgentEvent] {
        lock.lock()
        defer { lock.unlock() }
        return items
    }
}

/// A real workspace and ledger in a temp folder, and a router over models `a` and `b` (the
/// fileops route), for driving the loop's steps one by one. Step tests never reach a model;
/// whole runs give the models real HTTP servers.
struct LoopBench {
    let ws: Workspace
    let store: Store
    let router: ModelRouter
    let events = EventLog()

    static func spec(_ name: String, url: String = "http://127.0.0.1:9", toolCalls: String = "native") -> ModelSpec {
        ModelSpec(
            name: name, provider: .openai, url: url, model: name, context: 8192, priceIn: 0, priceOut: 0, apiKeyEnv: nil, temperature: nil,
            maxTokens: nil,
            connectTimeout: 5, idleTimeout: 30, think: nil, keepAlive: nil, toolResults: "tool", cloud: false, toolCalls: toolCalls)
    }

    static func with(models: [ModelSpec] = [spec("a"), spec("b")], _ body: (LoopBench) async throws -> Void) async throws {
        try await inProcessRuns.withSlot { try await withHoldingSlot(models: models, body) }
    }

    private static func withHoldingSlot(models: [ModelSpec], _ body: (LoopBench) async throws -> Void) async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("steward-loop-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = try Store(path: dir + "/steward.db")
        let (ws, _) = try await Workspace.create(at: dir + "/ws", seed: Seed.files, index: store, by: "tester")
        let config = ModelsConfig(models: Dictionary(uniqueKeysWithValues: models.map { ($0.name, $0) }), routes: ["fileops": models.map(\.name)])
        try await body(LoopBench(ws: ws, store: store, router: ModelRouter(config: config, ledger: nil)))
    }

    func loop(task: String = "Write a note to memory/a.md", limits: AgentLimits = AgentLimits(), clock: @escaping @Sendable () -> Date = { Date() })
        -> (AgentLoop, Toolbox)
    {
        let toolbox = Toolbox(workspace: ws, kind: .fileops, title: "test", taskID: "t1", task: task)
        return (AgentLoop(router: router, toolbox: toolbox, ledger: store, limits: limits, clock: clock), toolbox)
    }

    /// A state as a run starts it, its task saved in the ledger (so its steps are kept).
    func state(_ task: String = "Write a note to memory/a.md", started: Date = Date()) async throws -> LoopState {
        let events = self.events
        let record = TaskRecord(id: "t1", prompt: task, agent: "fileops", agentReason: "test", started: started)
        try await store.saveTask(record)
        return LoopState(record: record, messages: [.system("test"), .user(task)], started: started, progress: { events.add($0) })
    }

    func model(_ name: String) -> ModelSpec { router.config.models[name]! }
}

@Suite("The agent loop, step by step")
struct AgentLoopStepTests {
    static let tools = ["list_files", "read_file", "write_file", "finish"]

    // MARK: Interpreting a reply

    @Test func callsTheServerParsedAreUsedAsTheyAre() {
        let call = ToolCall(id: "c1", name: "read_file", arguments: #"{"path":"memory/a.md"}"#)
        #expect(AgentLoop.interpret(ChatMessage(role: .assistant, content: "reading", toolCalls: [call]), tools: Self.tools) == .calls([call]))
    }

    @Test func callsPrintedAsTextAreRepaired() throws {
        let printed = AgentLoop.interpret(
            .assistant(#"<tool_call>{"name": "read_file", "arguments": {"path": "memory/a.md"}}</tool_call>"#), tools: Self.tools)
        guard case .repaired(let calls) = printed else {
            Issue.record("not repaired: \(printed)")
            return
        }
        #expect(calls.map(\.name) == ["read_file"])
        // A write described instead of called is a write_file of the one path it names...
        let described = #"{"name": "Write a note to memory/a.md", "arguments": {"content": "Git tracks changes."}}"#
        guard case .repaired(let writes) = AgentLoop.interpret(.assistant(described), tools: Self.tools) else {
            Issue.record("not repaired")
            return
        }
        #expect(writes.map(\.name) == ["write_file"])
        // ...only for an agent that has write_file.
        #expect(AgentLoop.interpret(.assistant(described), tools: ["read_file", "finish"]) == .prose(described))
    }

    @Test func aReplyWithoutACallIsProseTrimmed() {
        #expect(AgentLoop.interpret(.assistant("  I wrote the note.\n"), tools: Self.tools) == .prose("I wrote the note."))
        #expect(AgentLoop.interpret(.assistant(""), tools: Self.tools) == .prose(""))
    }

    // MARK: Prose

    @Test func proseAfterAChangeEndsTheTaskWithItsFirstLine() async throws {
        try await LoopBench.with { bench in
            let (loop, toolbox) = bench.loop()
            var state = try await bench.state()
            #expect(await toolbox.run("write_file", ["path": "memory/a.md", "content": "hi\n"]).ok)
            let next = await loop.prose("All done.\nThe note is written.", reply: .assistant("All done."), from: bench.model("a"), &state)
            #expect(next == .end(.done, summary: "All done."))
            // JSON printed after a change: the summary says what changed.
            #expect(
                await loop.prose("{\"x\": 1}", reply: .assistant("{\"x\": 1}"), from: bench.model("a"), &state)
                    == .end(.done, summary: "changed memory/a.md"))
        }
    }

    @Test func proseBeforeAnyChangeIsCorrectedWithTheTextOfferedBack() async throws {
        try await LoopBench.with { bench in
            let (loop, _) = bench.loop()
            var state = try await bench.state()
            let text = "Git is a version control system that tracks changes."
            #expect(await loop.prose(text, reply: .assistant(text), from: bench.model("a"), &state) == .again)
            #expect(state.corrections == 1)
            let fix =
                "Reply with a tool call, for example \(Coaching.writeCall(path: "memory/a.md", content: text)). When the task is done, call finish."
            #expect(state.messages.suffix(2).map(\.content) == [text, fix])
            #expect(bench.events.all == [.correction(fix)])
            let kinds = try await bench.store.steps(of: "t1").map(\.kind)
            #expect(kinds == [.correction])
        }
    }

    // MARK: The one path of an unusable reply

    /// Three corrections, then the next model; three more, then the task fails: no model is left.
    @Test func unreadableRepliesAreCorrectedThenTheNextModelThenTheTaskFails() async throws {
        try await LoopBench.with { bench in
            let (loop, _) = bench.loop()
            var state = try await bench.state()
            for i in 1...3 {
                #expect(await loop.unusable(.unreadable("bad format"), from: bench.model("a"), &state) == .again)
                #expect(state.corrections == i)
                #expect(
                    state.messages.last?.content.hasPrefix("Your last reply could not be read as a tool call. The tools are: list_files, read_file")
                        == true)
            }
            #expect(await loop.unusable(.unreadable("bad format"), from: bench.model("a"), &state) == .nextModel)
            #expect(state.corrections == 0 && state.excluded == ["a"])
            #expect(bench.events.all.last == .gaveUp(model: "a", reason: "4 unreadable replies in a row"))
            let fallback = try #require(try await bench.store.steps(of: "t1").last)
            #expect(fallback.kind == .fallback && fallback.output == "gave up on a (4 unreadable replies in a row); next on the route: b")
            for _ in 1...3 { #expect(await loop.unusable(.unreadable("bad format"), from: bench.model("b"), &state) == .again) }
            #expect(
                await loop.unusable(.unreadable("bad format"), from: bench.model("b"), &state)
                    == .end(.failed, error: "b's replies could not be read (bad format) and no other model is left on the 'fileops' route"))
            #expect(bench.events.all.filter { if case .correction = $0 { true } else { false } }.count == 6)
        }
    }

    @Test func proseWithNoModelLeftIsTheAnswer() async throws {
        try await LoopBench.with(models: [LoopBench.spec("a")]) { bench in
            var limits = AgentLimits()
            limits.maxCorrections = 1
            let (loop, _) = bench.loop(limits: limits)
            var state = try await bench.state()
            #expect(await loop.unusable(.prose("", reply: ""), from: bench.model("a"), &state) == .again)
            #expect(await loop.unusable(.prose("", reply: ""), from: bench.model("a"), &state) == .end(.done, summary: "no changes"))
            #expect(bench.events.all.last == .gaveUp(model: "a", reason: "no tool call in 2 replies"))
            state.corrections = 1
            #expect(
                await loop.unusable(.prose("Paris.\nIt is in France.", reply: ""), from: bench.model("a"), &state) == .end(.done, summary: "Paris."))
        }
    }

    /// A round in which nothing worked: its errors were the correction (nothing more is
    /// added), a call repeated past the limit gives up at once, and the next model starts
    /// with no repeats.
    @Test func aFailedRoundIsUnusableAndARepeatingOneGivesUpAtOnce() async throws {
        try await LoopBench.with { bench in
            let (loop, _) = bench.loop()
            var state = try await bench.state()
            let round = AgentLoop.Round(start: state.messages.count, failed: true, errors: ["error: x"])
            #expect(await loop.judge(round, from: bench.model("a"), &state) == .again)
            #expect(state.corrections == 1 && state.messages.count == 2 && bench.events.all.isEmpty)
            state.repeats = 6
            state.lastCall = "read_file {}"
            #expect(await loop.judge(round, from: bench.model("a"), &state) == .nextModel)
            #expect(bench.events.all == [.gaveUp(model: "a", reason: "it repeats the same call")])
            #expect(state.repeats == 0 && state.lastCall == nil && state.corrections == 0)
            state.repeats = 6
            #expect(
                await loop.judge(round, from: bench.model("b"), &state)
                    == .end(.failed, error: "b could not use the tools (it repeats the same call) and no other model is left on the 'fileops' route"))
            // A round where a call worked resets the count; one that finished ends the task.
            state.corrections = 2
            #expect(await loop.judge(AgentLoop.Round(start: 2, failed: false), from: bench.model("b"), &state) == .again)
            #expect(state.corrections == 0)
            #expect(
                await loop.judge(AgentLoop.Round(start: 2, failed: false, finished: "wrote it"), from: bench.model("b"), &state)
                    == .end(.done, summary: "wrote it"))
        }
    }

    /// A model that prints its calls copies its own last call: a failed round leaves only
    /// what went wrong in the conversation. A model with native calls keeps the pairs.
    @Test func aFailedRoundOfAPromptModelLeavesOnlyItsErrors() async throws {
        try await LoopBench.with(models: [LoopBench.spec("a", toolCalls: "prompt"), LoopBench.spec("b")]) { bench in
            let (loop, _) = bench.loop()
            for (model, kept) in [("a", false), ("b", true)] {
                var state = try await bench.state()
                let call = ToolCall(id: "c1", name: "read_file", arguments: #"{"path":"memory/none.md"}"#)
                let round = await loop.round([call], repaired: false, reply: .assistant(""), from: bench.model(model), &state)
                #expect(round.failed && round.start == 2 && round.errors.count == 1)
                #expect(state.messages.count == 4)
                _ = await loop.judge(round, from: bench.model(model), &state)
                #expect(state.messages.count == (kept ? 4 : 3))
                #expect(state.messages.last?.role == (kept ? .tool : .user))
                #expect(state.messages.last?.content.hasPrefix("error:") == true)
            }
        }
    }

    // MARK: A round

    @Test func aRepeatedReadIsNudgedThenRefused() async throws {
        try await LoopBench.with { bench in
            let (loop, _) = bench.loop(task: "Copy memory/README.md to outputs/copy.md")
            var state = try await bench.state()
            let read = ToolCall(id: "c1", name: "read_file", arguments: #"{"path":"memory/README.md"}"#)
            let first = await loop.outcome(of: read, &state)
            #expect(first.ok && !first.text.contains("You already had this result"))
            #expect(state.touched == ["memory/README.md"] && state.didSomething)
            let second = await loop.outcome(of: read, &state)
            #expect(second.ok && second.text.contains("\n(You already had this result. Do the next step, for example {\"name\": \"write_file\""))
            _ = await loop.outcome(of: read, &state)
            let fourth = await loop.outcome(of: read, &state)
            #expect(
                !fourth.ok
                    && fourth.text.hasPrefix("error: you made this same call 4 times; its result will not change. Do the next step, for example "))
            #expect(state.repeats == 4)
        }
    }

    @Test func aChangeThatWorkedIsAnsweredNotMadeAgain() async throws {
        // Two files to write: after the first, its repeat is answered (once all is done, it is
        // taken as finish: SmallModelCoachingTests).
        let task = "Write notes to memory/a.md and memory/b.md"
        try await LoopBench.with { bench in
            let (loop, toolbox) = bench.loop(task: task)
            var state = try await bench.state(task)
            let write = ToolCall(id: "c1", name: "write_file", arguments: #"{"path":"memory/a.md","content":"hi\n"}"#)
            #expect(await loop.outcome(of: write, &state).ok)
            let again = await loop.outcome(of: write, &state)
            #expect(
                again
                    == ToolOutcome(
                        ok: false,
                        text:
                            "error: that was already done (wrote memory/a.md (3 bytes)\nNext, for example: write_file with \"path\": \"memory/b.md\" and, as \"content\", the whole text the task asks for, written out in full). If the task is complete, call finish with a one-line summary; otherwise do the next step."
                    ))
            #expect(await toolbox.changed == ["memory/a.md"])
        }
    }

    @Test func theFirstFinishBeforeAnyWorkIsQuestionedOnce() async throws {
        try await LoopBench.with { bench in
            let (loop, _) = bench.loop()
            var state = try await bench.state()
            let finish = ToolCall(id: "c1", name: "finish", arguments: #"{"summary":"done it"}"#)
            let first = await loop.outcome(of: finish, &state)
            #expect(!first.ok && first.text.hasPrefix("error: no tool has been used yet, so nothing is done."))
            let round = await loop.round([finish], repaired: true, reply: .assistant("printed"), from: bench.model("a"), &state)
            #expect(round.finished == "done it" && !round.failed)
            // A repaired reply's text is not kept: the calls stand for it.
            #expect(state.messages[2].content == "" && state.messages[2].toolCalls == [finish])
            let kinds = try await bench.store.steps(of: "t1").map(\.kind)
            #expect(kinds == [.tool])
        }
    }

    // MARK: Limits

    @Test func eachLimitEndsTheTaskWithItsOwnMessage() async throws {
        try await LoopBench.with { bench in
            var limits = AgentLimits()
            limits.timeout = 60
            let now = Date()
            let (loop, _) = bench.loop(limits: limits, clock: { now })
            var state = try await bench.state(started: now)
            #expect(loop.limitReached(state) == nil)
            state.record.steps = limits.maxSteps
            #expect(loop.limitReached(state) == "the step limit (24 model replies) was reached; raise it with --max-steps")
            state.record.steps = 0
            state.record.inputTokens = limits.maxTokens - 1
            state.record.outputTokens = 1
            #expect(loop.limitReached(state) == "the token limit (200000) was reached ([agents] max_tokens)")
            let early = try await bench.state(started: now.addingTimeInterval(-59))
            let late = try await bench.state(started: now.addingTimeInterval(-60))
            #expect(loop.limitReached(early) == nil)
            #expect(loop.limitReached(late) == "the time limit (60 s) was reached ([agents] timeout_seconds)")
            let fresh = try await bench.state(started: now)
            let stopped = Task { () -> String? in
                while !Task.isCancelled { await Task.yield() }
                return loop.limitReached(fresh)
            }
            stopped.cancel()
            #expect(await stopped.value == "stopped (Ctrl-C); what was done so far stays in the proposal")
        }
    }

    @Test func temperatureStaysDeterministicUntilTheSecondCorrection() {
        #expect([0, 1, 2, 3, 4, 5, 9].map(AgentLoop.temperature(afterCorrections:)) == [nil, nil, 0.3, 0.3 * 2, 0.3 * 3, 0.9, 0.9])
    }
}
