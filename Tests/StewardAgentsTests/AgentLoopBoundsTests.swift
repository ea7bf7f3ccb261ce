import Foundation
import StewardCore
import StewardModels
import StewardStore
import StewardTestSupport
import Testing

@testable import StewardAgents

/// A model on a real HTTP server answering from a script, in OpenAI's streaming format, with
/// the finish reason each reply ends with; keeps the request bodies.
final class BoundedModel: @unchecked Sendable {
    // @unchecked: `next` and `sent` are only touched under `lock`.
    private let lock = NSLock()
    private let replies: [(content: String?, call: (String, String)?, finish: String)]
    private var next = 0
    private var sent: [[String: Any]] = []
    /// Answers a request carrying `response_format` with this HTTP 400 body (a server that
    /// takes no schema), when set.
    let refusesSchema: String?

    init(_ replies: [(content: String?, call: (String, String)?, finish: String)], refusesSchema: String? = nil) {
        self.replies = replies
        self.refusesSchema = refusesSchema
    }

    var requests: [[String: Any]] {
        lock.lock()
        defer { lock.unlock() }
        return sent
    }

    func respond(_ req: TestRequest) -> TestResponse {
        lock.lock()
        defer { lock.unlock() }
        sent.append(req.json ?? [:])
        if let refusesSchema, req.json?["response_format"] != nil { return .full(status: 400, body: refusesSchema) }
        let r = replies[min(next, replies.count - 1)]
        next += 1
        var pieces = HostileReplies.sse(content: r.content, call: r.call)
        pieces = pieces.map { $0.replacingOccurrences(of: #""finish_reason":"stop""#, with: #""finish_reason":"\#(r.finish)""#) }
        return .stream(contentType: "text/event-stream", pieces: pieces)
    }
}

/// Time-bounded replies and tasks: the reply cap, a cut reply, a task going round in circles,
/// and a server that refuses constrained output.
@Suite("The agent loop, bounded")
struct AgentLoopBoundsTests {
    /// Runs one fileops task over `models` (each on its own server, in route order).
    func run(
        _ task: String, _ models: [(ModelSpec, BoundedModel)], limits: AgentLimits = AgentLimits(),
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
            try check(outcome, try bench.store.steps(of: "t1"))
        }
    }

    static let write = (content: String?.none, call: Optional(("write_file", #"{"path":"memory/a.md","content":"hi\n"}"#)), finish: "tool_calls")
    static let finish = (content: String?.none, call: Optional(("finish", #"{"summary":"wrote the note"}"#)), finish: "tool_calls")

    /// Every request carries the reply cap (`[agents] max_reply_tokens`); a reply cut at it is
    /// not taken as the task's answer, even after a change: it is corrected, and the cap
    /// doubles for the rest of the task.
    @Test func eachReplyIsCappedAndACutReplyIsNoAnswer() async throws {
        let model = BoundedModel([
            Self.write,
            (
                content: #"I wrote the note. Now {"name": "write_file", "arguments": {"path": "memory/b.md", "content": "a long"#, call: nil,
                finish: "length"
            ),
            Self.finish,
        ])
        var limits = AgentLimits()
        limits.maxReplyTokens = 100
        try await run("Write a note to memory/a.md", [(LoopBench.spec("a"), model)], limits: limits) { outcome, steps in
            #expect(outcome.record.status == .done && outcome.record.summary == "wrote the note")
            let correction = try #require(steps.first { $0.kind == .correction })
            #expect(
                correction.output.hasPrefix("Your last reply was cut at 100 tokens, before its call was complete. Reply with only one call, like "))
        }
        #expect(model.requests.map { $0["max_tokens"] as? Int } == [100, 100, 200])
        // The default cap.
        let plain = BoundedModel([Self.write, Self.finish])
        try await run("Write a note to memory/a.md", [(LoopBench.spec("a"), plain)]) { outcome, _ in #expect(outcome.record.status == .done) }
        #expect(plain.requests.map { $0["max_tokens"] as? Int } == [512, 512])
    }

    /// Calls that work but go nowhere (the same two reads in turn) are a loop: after more
    /// than five replies in a row without a new call that worked, the model is given up on,
    /// and with none left the task fails saying so, long before the step limit.
    @Test func aTaskGoingRoundInCirclesEndsWithItsStatus() async throws {
        let alternating = BoundedModel(
            (0..<30).map { i in
                i % 2 == 0
                    ? (content: nil, call: ("read_file", #"{"path":"memory/README.md"}"#), finish: "tool_calls")
                    : (content: nil, call: ("list_files", #"{"folder":"memory"}"#), finish: "tool_calls")
            })
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
        let model = BoundedModel(
            [
                (content: #"{"name": "write_file", "arguments": {"path": "memory/a.md", "content": "hi\n"}}"#, call: nil, finish: "stop"),
                (content: #"{"name": "finish", "arguments": {"summary": "wrote the note"}}"#, call: nil, finish: "stop"),
            ],
            refusesSchema: #"{"error":{"code":400,"message":"Unrecognized schema: {\"oneOf\": …}","type":"invalid_request_error"}}"#)
        try await run("Write a note to memory/a.md", [(spec, model)]) { outcome, steps in
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
