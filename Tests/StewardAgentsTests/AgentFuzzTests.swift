import Foundation
import StewardCore
import StewardJSON
import StewardModels
import StewardSandbox
import StewardStore
import StewardTestSupport
import Testing

@testable import StewardAgents

/// A small deterministic generator (SplitMix64), so a failing case can be replayed.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Hostile and malformed model replies, in OpenAI's streaming wire format.
enum HostileReplies {
    static let paths = [
        "../../etc/passwd", "/etc/passwd", ".git/config", "outputs/../.git/HEAD", "hooks/pre-merge-size-limit", "prompts/fileops.md", "steward.toml",
        ".steward/steward.db", "OUTPUTS/.GIT/config", "outputs/.Git/x", "outputs/a\u{0}b", "outputs/a\u{1B}[31mred", "outputs/a\u{202E}txt.exe",
        "memory/e\u{301}.md", "skills/evil/SKILL.md", String(repeating: "a/", count: 3000) + "x", "outputs/" + String(repeating: "x", count: 300),
        "C:\\Windows\\x", "~/x", "outputs//x", "outputs/./x", "", " ", "outputs/x\n.md",
    ]
    static let tools = ["rm_rf", "shell", "exec", "", "write_file2", "../write_file", "WRITE FILE", "finish!"]

    static func quoted(_ s: String) -> String { JSONValue.string(s).jsonText }

    static func sse(content: String?, call: (String, String)?) -> [String] {
        var out: [String] = []
        func chunk(_ delta: String, finish: String? = nil) -> String {
            #"data: {"choices":[{"index":0,"delta":\#(delta),"finish_reason":\#(finish.map { quoted($0) } ?? "null")}]}"# + "\n\n"
        }
        if let content { out.append(chunk(#"{"content":\#(quoted(content))}"#)) }
        if let (name, args) = call {
            out.append(
                chunk(
                    #"{"tool_calls":[{"index":0,"id":"call_1","type":"function","function":{"name":\#(quoted(name)),"arguments":\#(quoted(args))}}]}"#
                ))
        }
        out.append(chunk("{}", finish: call == nil ? "stop" : "tool_calls"))
        out.append(#"data: {"choices":[],"usage":{"prompt_tokens":10,"completion_tokens":5}}"# + "\n\n")
        out.append("data: [DONE]\n\n")
        return out
    }

    /// One hostile reply; never a valid change inside the agent's folders.
    static func make(_ rng: inout SeededRandom) -> [String] {
        let path = paths.randomElement(using: &rng)!
        let hostileWrite = #"{"path":\#(quoted(path)),"content":"pwned"}"#
        switch Int.random(in: 0..<16, using: &rng) {
        case 0: return sse(content: #"{"name": "write_file", "arguments": {"path": "outputs/x"#, call: nil)  // cut JSON
        case 1: return sse(content: "```json\n{'name': 'write_file', 'arguments': " + hostileWrite + "}\n```", call: nil)
        case 2: return sse(content: nil, call: ("write_file", hostileWrite))
        case 3: return sse(content: nil, call: ("move_file", #"{"from":"memory/README.md","to":\#(quoted(path))}"#))
        case 4: return sse(content: nil, call: ("delete_file", #"{"path":\#(quoted(path))}"#))
        case 5: return sse(content: nil, call: (tools.randomElement(using: &rng)!, #"{"path":"outputs/a.md"}"#))
        case 6: return sse(content: nil, call: ("write_file", #"{"path": 42, "content": ["a"]}"#))
        case 7: return sse(content: nil, call: ("write_file", "[1, 2, 3]"))
        case 8: return sse(content: nil, call: ("write_file", "{path: "))
        case 9:
            return sse(
                content: nil,
                call: ("replace_in_file", #"{"path":"memory/README.md","find":\#(quoted(String(repeating: "z", count: 200_000))),"replace":"x"}"#))
        case 10: return sse(content: nil, call: ("read_file", #"{"path":"memory/README.md"}"#))  // repeated forever: the loop detector
        case 11: return sse(content: String(repeating: "{[\"", count: 20_000), call: nil)
        // Stray arguments are ignored, the path is not.
        case 12: return sse(content: nil, call: ("write_file", #"{"path":\#(quoted(path)),"content":"x","mode":"0777","executable":true}"#))
        // A key written twice: the last value is no more meant than the first (refused, not written).
        case 14:
            return sse(
                content: #"{"name": "write_file", "arguments": {"path": \#(quoted(path)), "content": "pwned", "path": "outputs/fuzz.md"}}"#, call: nil
            )
        // Its closing braces missing at the end of a reply that ended: completed, then refused by the sandbox.
        case 15: return sse(content: #"<tool_call>{"name": "write_file", "arguments": \#(hostileWrite)"#, call: nil)
        default: return sse(content: nil, call: ("move_file", #"{"from":\#(quoted(path)),"to":"outputs/stolen"}"#))
        }
    }
}

@Suite("Agent fuzz: hostile model replies")
struct AgentFuzzTests {
    /// 1,000 malformed or hostile replies: no crash, no ref but the task's own changes (and
    /// there is none: no reply is a valid change), every reply answered by a recorded error.
    @Test func aThousandHostileRepliesChangeNothing() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("steward-fuzz-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = try Store(path: dir + "/steward.db")
        let (ws, _) = try await Workspace.create(at: dir + "/ws", seed: Seed.files, index: store, by: "tester")
        let refsBefore = try git(dir + "/ws", "for-each-ref", "--format=%(refname) %(objectname)")

        final class Generator: @unchecked Sendable {
            // @unchecked: `rng` and `served` are only touched under `lock`.
            let lock = NSLock()
            var rng = SeededRandom(state: 20_261_129)
            var served = 0
            func next() -> [String] {
                lock.lock()
                defer { lock.unlock() }
                served += 1
                return HostileReplies.make(&rng)
            }
        }
        let generator = Generator()
        let server = try await TestHTTPServer.start { req in
            req.path == "/v1/chat/completions" ? .stream(contentType: "text/event-stream", pieces: generator.next()) : .full(status: 404, body: "{}")
        }
        defer { Task { await server.stop() } }
        let model = ModelSpec(
            name: "fuzz", provider: .openai, url: server.url, model: "fuzz", context: 8192, priceIn: 0, priceOut: 0, apiKeyEnv: nil,
            temperature: nil, maxTokens: nil, connectTimeout: 5, idleTimeout: 30, think: nil, keepAlive: nil, toolResults: "tool", cloud: false)
        let router = ModelRouter(config: ModelsConfig(models: ["fuzz": model], routes: [:]), ledger: nil)
        var limits = AgentLimits()
        limits.maxSteps = 25  // each request carries the whole conversation: keep them short
        limits.maxCorrections = 1_000
        limits.maxRepeats = 1_000

        var modelSteps = 0
        var errorSteps = 0
        var tasks = 0
        while generator.served < 1_000 {
            tasks += 1
            let record = TaskRecord(id: "fuzz\(tasks)", prompt: "fuzz", agent: "fileops", agentReason: "test", started: Date())
            let toolbox = Toolbox(workspace: ws, kind: .fileops, title: "fuzz", taskID: record.id)
            let loop = AgentLoop(router: router, toolbox: toolbox, ledger: store, limits: limits)
            let outcome = await loop.run(task: record, messages: [.system("fuzz"), .user("fuzz")], progress: { _ in })
            #expect(outcome.record.proposal == nil && outcome.changed.isEmpty, "task \(tasks) changed \(outcome.changed)")
            let steps = try await store.steps(of: record.id)
            modelSteps += steps.filter { $0.kind == .model }.count
            errorSteps += steps.filter { ($0.kind == .tool || $0.kind == .correction) && !$0.ok }.count
            #expect(
                !steps.contains {
                    $0.kind == .tool && $0.ok
                        && ["write_file", "edit_file", "append_to_file", "replace_in_file", "move_file", "delete_file"].contains($0.name ?? "")
                })
        }
        // Every reply that reached the agent was answered with a recorded error (a repeated
        // read is answered with the file and then, past the limit, refused).
        var all: [TaskStepRecord] = []
        for i in 1...tasks { all += try await store.steps(of: "fuzz\(i)") }
        let reads = all.filter { $0.kind == .tool && $0.ok && $0.name == "read_file" }.count
        #expect(modelSteps >= 1_000 - tasks)
        #expect(errorSteps + reads >= modelSteps, "\(errorSteps) errors and \(reads) reads for \(modelSteps) replies")
        #expect(try git(dir + "/ws", "for-each-ref", "--format=%(refname) %(objectname)") == refsBefore)
        _ = try git(dir + "/ws", "fsck", "--strict")
    }
}

func git(_ dir: String, _ args: String...) throws -> String { try gitCLI(args, in: dir) }
