import Foundation
import StewardCore
import StewardModels
import StewardSandbox
import StewardStore
import StewardTestSupport
import Testing

@testable import StewardAgents

/// A model that answers from a script, in OpenAI's streaming format, and keeps what it was sent.
final class ScriptedModel: @unchecked Sendable {
    enum Reply {
        case text(String)
        case call(String, String)
        /// Text cut at the reply limit (finish reason `length`).
        case cut(String)
        /// The server could not parse what the model wrote (llama.cpp's 500).
        case unreadable
    }

    // @unchecked: `next` and `sent` are only touched under `lock`.
    private let lock = NSLock()
    private let replies: [Reply]
    private var next = 0
    private var sent: [[String: Any]] = []
    /// When set, a request carrying `response_format` is answered with this HTTP 400 body (a
    /// server that takes no schema), and the script does not move on.
    private let refusesSchema: String?
    init(_ replies: [Reply], refusesSchema: String? = nil) {
        self.replies = replies
        self.refusesSchema = refusesSchema
    }

    /// The request bodies received, in order.
    var requests: [[String: Any]] {
        lock.lock()
        defer { lock.unlock() }
        return sent
    }

    /// The script's next reply; the last one again once the script is done.
    func respond(_ req: TestRequest) -> TestResponse {
        lock.lock()
        defer { lock.unlock() }
        sent.append(req.json ?? [:])
        if let refusesSchema, req.json?["response_format"] != nil { return .full(status: 400, body: refusesSchema) }
        let reply = replies[min(next, replies.count - 1)]
        next += 1
        switch reply {
        case .text(let t): return .stream(contentType: "text/event-stream", pieces: HostileReplies.sse(content: t, call: nil))
        case .cut(let t):
            let pieces = HostileReplies.sse(content: t, call: nil)
            return .stream(
                contentType: "text/event-stream",
                pieces: pieces.map { $0.replacingOccurrences(of: #""finish_reason":"stop""#, with: #""finish_reason":"length""#) })
        case .call(let name, let args): return .stream(contentType: "text/event-stream", pieces: HostileReplies.sse(content: nil, call: (name, args)))
        case .unreadable:
            return .full(
                status: 500,
                body:
                    #"{"error":{"code":500,"message":"The model produced output that does not match the expected peg-native format","type":"server_error"}}"#
            )
        }
    }
}

/// Whole runs of the loop in this process, against models on real HTTP servers.
@Suite("The agent loop, whole runs in process")
struct AgentLoopRunTests {
    /// Runs one fileops task over models `a` then `b`, each answering from its script.
    func run(
        _ task: String, a: ScriptedModel, b: ScriptedModel, limits: AgentLimits = AgentLimits(),
        check: (AgentOutcome, [AgentEvent], [TaskStepRecord]) throws -> Void
    ) async throws {
        let serverA = try await TestHTTPServer.start(a.respond)
        let serverB = try await TestHTTPServer.start(b.respond)
        do {
            try await LoopBench.with(models: [LoopBench.spec("a", url: serverA.url), LoopBench.spec("b", url: serverB.url)]) { bench in
                let (loop, _) = bench.loop(task: task, limits: limits)
                let record = TaskRecord(id: "t1", prompt: task, agent: "fileops", agentReason: "test", started: Date())
                let events = bench.events
                let outcome = await loop.run(task: record, messages: [.system("test"), .user(task)], progress: { events.add($0) })
                try check(outcome, bench.events.all, try await bench.store.steps(of: "t1"))
            }
        } catch {
            await serverA.stop()
            await serverB.stop()
            throw error
        }
        await serverA.stop()
        await serverB.stop()
    }

    /// A model that never calls a tool is corrected three times, with the temperature rising
    /// after the second correction, then given up on; the next model does the task.
    @Test func aModelWithoutCallsIsGivenUpOnAndTheNextOneFinishes() async throws {
        let a = ScriptedModel([.text("I would write a note.")])
        let b = ScriptedModel([.call("write_file", #"{"path":"memory/a.md","content":"hi\n"}"#), .call("finish", #"{"summary":"wrote the note"}"#)])
        try await run("Write a note to memory/a.md", a: a, b: b) { outcome, events, steps in
            #expect(outcome.record.status == .done && outcome.record.summary == "wrote the note")
            #expect(outcome.record.proposal == 1 && outcome.changed == ["memory/a.md"])
            #expect(outcome.record.models == ["a", "b"] && outcome.record.steps == 6)
            #expect(
                steps.map(\.kind) == [
                    .note, .model, .correction, .model, .correction, .model, .correction, .model, .fallback, .model, .tool, .model, .tool,
                ])
            #expect(steps[8].output == "gave up on a (no tool call in 4 replies); next on the route: b")
            #expect(events.contains(.gaveUp(model: "a", reason: "no tool call in 4 replies")))
            #expect(events.filter { if case .correction = $0 { true } else { false } }.count == 3)
            #expect(events.contains(.proposalOpened(1)))
            if case .started(let task, _, _) = events.first { #expect(task == "t1") } else { Issue.record("the first event is not .started") }
        }
        // The temperature schedule as sent: none of the loop's own (a request with tools then
        // goes at 0), 0 again, 0.3, 0.6; the next model starts again at 0.
        #expect(a.requests.map { $0["temperature"] as? Double } == [0, 0, 0.3, 0.3 * 2])
        #expect(b.requests.map { $0["temperature"] as? Double } == [0, 0])
        // Each correction went back with the reply it answers.
        let last = try #require(a.requests.last?["messages"] as? [[String: Any]])
        #expect(last.suffix(2).map { $0["role"] as? String } == ["assistant", "user"])
        #expect((last.last?["content"] as? String)?.hasPrefix("Reply with a tool call, for example {\"name\": \"write_file\"") == true)
    }

    /// A reply the server could not parse is corrected (not fallen back from), and a round
    /// that worked resets the count.
    @Test func anUnreadableReplyIsCorrectedAndTheTaskGoesOn() async throws {
        let a = ScriptedModel([
            .unreadable, .call("write_file", #"{"path":"memory/a.md","content":"hi\n"}"#), .unreadable, .call("finish", #"{"summary":"done"}"#),
        ])
        try await run("Write a note to memory/a.md", a: a, b: ScriptedModel([.text("unused")])) { outcome, events, steps in
            #expect(outcome.record.status == .done && outcome.record.summary == "done" && outcome.record.models == ["a"])
            #expect(steps.map(\.kind) == [.note, .model, .correction, .model, .tool, .model, .correction, .model, .tool])
            #expect(!steps[1].ok && steps[1].output.contains("did not fit the server's tool-call format"))
            #expect(!events.contains { if case .gaveUp = $0 { true } else { false } })
        }
        let sent = a.requests.map { ($0["messages"] as? [[String: Any]])?.last?["content"] as? String ?? "" }
        #expect(sent[1].hasPrefix("Your last reply could not be read as a tool call. The tools are: list_files, "))
        // After the write worked, the next unreadable reply is the first in a row again: 0 throughout.
        #expect(a.requests.map { $0["temperature"] as? Double } == [0, 0, 0, 0])
    }

    /// The same failing call again and again: refused past the repeat limit, and the model
    /// given up on; with no model left, the task fails saying why.
    @Test func aModelRepeatingAFailingCallIsGivenUpOn() async throws {
        let stuck = ScriptedModel([.call("read_file", #"{"path":"memory/none.md"}"#)])
        var limits = AgentLimits()
        limits.maxCorrections = 100
        try await run("Read memory/none.md", a: stuck, b: stuck, limits: limits) { outcome, events, steps in
            #expect(outcome.record.status == .failed)
            #expect(outcome.record.error == "b could not use the tools (it repeats the same call) and no other model is left on the 'fileops' route")
            #expect(events.contains(.gaveUp(model: "a", reason: "it repeats the same call")))
            // Each model: three reads that fail, then the same call refused 4, 5 and 6 times
            // (past the repeat limit of 3, and 6 > 3 + 2 gives up).
            let refused = steps.filter { $0.kind == .tool && $0.output.hasPrefix("error: you made this same call ") }
            #expect(refused.map { $0.output.dropFirst("error: you made this same call ".count).prefix(1) } == ["4", "5", "6", "4", "5", "6"])
            #expect(steps.filter { $0.kind == .model }.count == 12)
            #expect(steps.filter { $0.kind == .fallback }.map(\.output) == ["gave up on a (it repeats the same call); next on the route: b"])
        }
    }
}
