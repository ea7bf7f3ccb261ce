import Foundation
import StewardCore
import StewardJSON
import StewardModels
import StewardSandbox
import StewardStore
import StewardTestSupport
import Testing

@testable import StewardAgents

/// A model that answers each request with the next of `answers` as its reply's text, and
/// keeps what it was sent.
final class FormAnswers: @unchecked Sendable {
    // @unchecked: `next` and `sent` are only touched under `lock`.
    private let lock = NSLock()
    private let answers: [String]
    private var next = 0
    private var sent: [[String: Any]] = []
    init(_ answers: [String]) { self.answers = answers }

    /// The request bodies received, in order.
    var requests: [[String: Any]] {
        lock.lock()
        defer { lock.unlock() }
        return sent
    }

    func respond(_ req: TestRequest) -> TestResponse {
        lock.lock()
        defer { lock.unlock() }
        sent.append(req.json ?? [:])
        guard next < answers.count else { return .full(status: 500, body: #"{"error":{"message":"no more answers"}}"#) }
        let content = answers[next]
        next += 1
        return .stream(contentType: "text/event-stream", pieces: HostileReplies.sse(content: content, call: nil))
    }

    /// The system prompt and user message of request `i`.
    func prompt(_ i: Int) -> (system: String, user: String)? {
        guard i < requests.count, let messages = requests[i]["messages"] as? [[String: Any]], messages.count == 2 else { return nil }
        return (messages[0]["content"] as? String ?? "", messages[1]["content"] as? String ?? "")
    }

    /// The schema of request `i`'s reply.
    func schema(_ i: Int) -> [String: Any]? {
        guard i < requests.count else { return nil }
        return ((requests[i]["response_format"] as? [String: Any])?["json_schema"] as? [String: Any])?["schema"] as? [String: Any]
    }
}

/// How many in-process runs (a model server, a store and a workspace each: `runRecipe`,
/// `PlanStepTests.run`, `AgentLoopStepTests.with`) are under way at once. Swift Testing starts
/// every test together, and with ~250 such runs in flight the test process held over 1,400
/// descriptors (2026-12-06: 145 plan stores, 269 listening sockets); past about 1,350,
/// Foundation's `Process.run()` (Swift 6.3.1) reads past glibc's buffer listing
/// /proc/self/fd and crashes the whole test run (swift-corelibs-foundation#5472; CI's signal 11
/// of 2026-12-06). Eight keep both cores busy.
let inProcessRuns = AsyncSlots(8)

/// Runs `recipe` for `task` by a `kind` agent over a real workspace holding `files` (approved
/// on `main`), the model on a real HTTP server answering `answers` in order; `check` gets the
/// recipe's calls and what the model was sent. The content and derived recipe tests share it.
func runRecipe(
    _ task: String, kind: AgentKind = .fileops, files: [String: String], answers: [String],
    recipe: (AgentLoop, inout LoopState) async -> [ToolCall]?, check: ([ToolCall]?, FormAnswers) async throws -> Void
) async throws {
    try await inProcessRuns.withSlot {
        try await runRecipeHoldingSlot(task, kind: kind, files: files, answers: answers, recipe: recipe, check: check)
    }
}

private func runRecipeHoldingSlot(
    _ task: String, kind: AgentKind, files: [String: String], answers: [String],
    recipe: (AgentLoop, inout LoopState) async -> [ToolCall]?, check: ([ToolCall]?, FormAnswers) async throws -> Void
) async throws {
    let model = FormAnswers(answers)
    let server = try await TestHTTPServer.start(model.respond)
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("steward-recipe-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: dir) }
    do {
        let store = try Store(path: dir + "/steward.db")
        let (ws, _) = try await Workspace.create(at: dir + "/ws", seed: Seed.files, index: store, by: "tester")
        let r = try await ws.propose(
            title: "fixture", agent: "tester",
            operations: files.sorted { $0.key < $1.key }.map { .write(path: $0.key, content: Data($0.value.utf8), executable: false) },
            policy: try PathPolicy.outsideTools())
        _ = try await ws.approve(r.number, by: "tester")
        // A llama.cpp model as in real use: its replies held to each question's schema.
        var spec = LoopBench.spec("a", url: server.url, toolCalls: "prompt")
        spec.constrained = true
        let config = ModelsConfig(models: ["a": spec], routes: [kind.rawValue: ["a"]])
        let toolbox = Toolbox(workspace: ws, kind: kind, title: "test", taskID: "t1", task: task, existing: Set(files.keys))
        let loop = AgentLoop(router: ModelRouter(config: config, ledger: nil), toolbox: toolbox, ledger: store)
        let record = TaskRecord(id: "t1", prompt: task, agent: kind.rawValue, agentReason: "test", started: Date())
        try await store.saveTask(record)
        var state = LoopState(record: record, messages: [.system("test"), .user(task)], started: Date(), progress: { _ in })
        let calls = await recipe(loop, &state)
        try await check(calls, model)
    }
    await server.stop()
}
