import Foundation
import StewardCore
import StewardModels
import StewardStore
import StewardTestSupport
import Testing

@testable import StewardAgents

/// Time-bounded replies and tasks: the reply cap, a cut reply, a task going round in circles,
/// and a server that refuses constrained output.
@Suite("The agent loop, bounded")
struct AgentLoopBoundsTests {
    /// Runs one fileops task over `models` (each on its own server, in route order).
    func run(
        _ task: String, _ models: [(ModelSpec, ScriptedModel)], limits: AgentLimits = AgentLimits(),
        check: (AgentOutcome, [TaskStepRecord]) throws -> Void
    ) async throws {
        var servers: [TestHTTPServer] = []
        var specs: [ModelSpec] = []
        for (spec, model) in models {
            let server = try await TestHTTPServer.start(model.respond)
            servers.append(server)
            var s = spec
            s.url = server.url
            specs.append(s)
        }
        defer { for s in servers { Task { await s.stop() } } }
        try await LoopBench.with(models: specs) { bench in
            let (loop, _) = bench.loop(task: task, limits: limits)
            let record = TaskRecord(id: "t1", prompt: task, agent: "fileops", agentReason: "test", started: Date())
            let outcome = await loop.run(task: record, messages: [.system("test"), .user(task)], progress: { _ in })
            try check(outcome, try await bench.store.steps(of: "t1"))
        }
    }

    static let write = ScriptedModel.Reply.call("write_file", #"{"path":"memory/a.md","content":"hi\n"}"#)
    static let finish = ScriptedModel.Reply.call("finish", #"{"summary":"wrote the note"}"#)

    /// Every request carries the reply cap (`[agents] max_reply_tokens`); a reply cut at it is
    /// not taken as the task's answer, even after a change: it is corrected, and the cap
    /// doubles for the rest of the task.
    @Test func eachReplyIsCappedAndACutReplyIsNoAnswer() async throws {
        let model = ScriptedModel([
            Self.write, .cut(#"I wrote the note. Now {"name": "write_file", "arguments": {"path": "memory/b.md", "content": "a long"#),
            Self.finish,
        ])
        var limits = AgentLimits()
        limits.maxReplyTokens = 100
        // Two files named, one written: the cut reply is no answer (with every named file done
        // it would end the task, `SmallModelCoachingTests`).
        try await run("Write notes to memory/a.md and memory/b.md", [(LoopBench.spec("a"), model)], limits: limits) { outcome, steps in
            #expect(outcome.record.status == .done && outcome.record.summary == "wrote the note")
            let correction = try #require(steps.first { $0.kind == .correction })
            #expect(
                correction.output.hasPrefix("Your last reply was cut at 100 tokens, before its call was complete. Reply with only one call, like "))
        }
        #expect(model.requests.map { $0["max_tokens"] as? Int } == [100, 100, 200])
        // The default cap.
        let plain = ScriptedModel([Self.write, Self.finish])
        try await run("Write a note to memory/a.md", [(LoopBench.spec("a"), plain)]) { outcome, _ in #expect(outcome.record.status == .done) }
        #expect(plain.requests.map { $0["max_tokens"] as? Int } == [512, 512])
    }

    /// Calls that work but go nowhere (the same two reads in turn) are a loop: after more
    /// than five replies in a row without a new call that worked, the model is given up on,
    /// and with none left the task fails saying so, long before the step limit.
    @Test func aTaskGoingRoundInCirclesEndsWithItsStatus() async throws {
        let alternating = ScriptedModel(
            (0..<30).map { i in i % 2 == 0 ? .call("read_file", #"{"path":"memory/README.md"}"#) : .call("list_files", #"{"folder":"memory"}"#) })
        try await run("Summarise memory/README.md into outputs/s.md", [(LoopBench.spec("a"), alternating)]) { outcome, steps in
            #expect(outcome.record.status == .failed)
            #expect(
                outcome.record.error
                    == "a could not use the tools (it goes round in circles (6 replies without a new call that worked)) and no other model is left on the 'fileops' route"
            )
            // Two new calls, then six that were made before.
            #expect(outcome.record.steps == 8)
            #expect(steps.filter { $0.kind == .tool }.allSatisfy { $0.ok })
        }
    }

    /// A server that refuses the schema: the task goes on without it, and says so once.
    @Test func aRefusedSchemaIsANoteOnceAndTheTaskGoesOn() async throws {
        var spec = LoopBench.spec("a", toolCalls: "prompt")
        spec.constrained = true
        let model = ScriptedModel(
            [
                .text(#"{"name": "write_file", "arguments": {"path": "memory/a.md", "content": "hi\n"}}"#),
                .text(#"{"name": "finish", "arguments": {"summary": "wrote the note"}}"#),
            ],
            refusesSchema: #"{"error":{"code":400,"message":"Unrecognized schema: {\"oneOf\": …}","type":"invalid_request_error"}}"#)
        // The free loop's own handling of the refusal: the plan step, which asks first with a
        // schema of its own (`PlanStepTests`), is off.
        var limits = AgentLimits()
        limits.plan = false
        try await run("Write a note to memory/a.md", [(spec, model)], limits: limits) { outcome, steps in
            #expect(outcome.record.status == .done && outcome.record.summary == "wrote the note")
            #expect(outcome.notes.count == 1)
            #expect(outcome.notes.first?.hasPrefix("a's server refused constrained output (") == true)
            #expect(steps.filter { $0.kind == .note }.count == 2)  // the conversation's start, and this
        }
        #expect(model.requests.map { $0["response_format"] != nil } == [true, false, false])
        let schema = try #require((model.requests[0]["response_format"] as? [String: Any])?["json_schema"] as? [String: Any])
        let names = ((schema["schema"] as? [String: Any])?["oneOf"] as? [[String: Any]])?.compactMap {
            (($0["properties"] as? [String: Any])?["name"] as? [String: Any])?["const"] as? String
        }
        #expect(names?.contains("write_file") == true && names?.contains("finish") == true)
    }
}
