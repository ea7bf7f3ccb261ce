import Foundation
import StewardCore
import StewardModels
import StewardSkills
import Testing

@testable import StewardAgents

@Suite struct ImproverTests {
    static let configText = """
        [models.cloud]
        provider = "anthropic"
        url = "http://127.0.0.1:9"
        model = "claude"
        cloud = true

        [models.small]
        provider = "openai"
        url = "http://127.0.0.1:18080"
        model = "qwen"

        [routes]
        research = ["cloud", "small"]
        fileops = ["small"]
        """

    func task(_ id: String, agent: String = "fileops", prompt: String = "Sort memory/a.md", at t: Double) -> TaskRecord {
        TaskRecord(
            id: id, prompt: prompt, agent: agent, agentReason: "test", status: .done, started: Date(timeIntervalSince1970: t),
            finished: Date(timeIntervalSince1970: t + 10))
    }

    func tool(_ task: String, _ i: Int, _ name: String, ok: Bool = true, output: String = "ok", model: String = "small") -> TaskStepRecord {
        TaskStepRecord(task: task, index: i, date: Date(), kind: .tool, model: model, name: name, output: output, ok: ok)
    }

    func analyse(_ h: History, prompts: [AgentKind: String] = [:], skills: Set<String> = []) throws -> [Improvement] {
        Improver.analyse(h, configText: Self.configText, config: try ModelsConfig.parse(Self.configText), prompts: prompts, skills: skills)
    }

    @Test func nothingFromNothing() throws {
        #expect(try analyse(History(tasks: [], steps: [:], calls: [])).isEmpty)
    }

    @Test func aCloudModelFirstGivesWayToALocalOneThatWorks() throws {
        let calls = (0..<3).map { i in
            ModelCallRecord(
                date: Date(timeIntervalSince1970: Double(i)), purpose: "research", modelName: "small", provider: "openai", model: "qwen",
                cloud: false, outcome: "ok", latencyMs: 100)
        }
        let found = try analyse(History(tasks: [], steps: [:], calls: calls))
        let imp = try #require(found.first { $0.kind == "config" })
        guard case .write(_, let data, _) = imp.operations[0] else {
            Issue.record("not a write")
            return
        }
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains(#"research = ["small", "cloud"]"#))
        #expect(imp.rationale.contains("cloud is a cloud model"))
        #expect(try ModelsConfig.parse(text).route("research") == ["small", "cloud"])
    }

    @Test func unusableRepliesSuggestPromptToolCalls() throws {
        var steps: [String: [TaskStepRecord]] = [:]
        for id in ["t1", "t2"] {
            steps[id] = (0..<2).map {
                TaskStepRecord(task: id, index: $0, date: Date(), kind: .correction, model: "small", output: "Reply with a tool call", ok: false)
            }
        }
        let found = try analyse(History(tasks: [task("t1", at: 0), task("t2", at: 100)], steps: steps, calls: []))
        let imp = try #require(found.first { $0.title.contains("tool_calls") })
        guard case .write(_, let data, _) = imp.operations[0] else {
            Issue.record("not a write: \(imp.operations)")
            return
        }
        let parsed = try ModelsConfig.parse(String(decoding: data, as: UTF8.self))
        #expect(parsed.models["small"]?.toolCalls == "prompt")
        #expect(imp.tasks == ["t1", "t2"])
    }

    @Test func repeatedToolErrorsBecomePromptLines() throws {
        let steps: [String: [TaskStepRecord]] = [
            "t1": [tool("t1", 0, "rename_file", ok: false, output: "error: there is no tool \"rename_file\". Did you mean move_file?")],
            "t2": [
                tool("t2", 0, "rename_file", ok: false, output: "error: there is no tool \"rename_file\"."),
                tool(
                    "t2", 1, "write_file", ok: false,
                    output: "error: refused path 'hooks/x': the fileops agent may write only in outputs/ temp/ memory/"),
            ],
            "t3": [
                tool(
                    "t3", 0, "write_file", ok: false, output: "error: refused path 'x/y': the fileops agent may write only in outputs/ temp/ memory/")
            ],
        ]
        let found = try analyse(
            History(tasks: [task("t1", at: 0), task("t2", at: 100), task("t3", at: 200)], steps: steps, calls: []),
            prompts: [.fileops: "You are the file agent.\n"])
        let imp = try #require(found.first { $0.kind == "prompt" })
        guard case .write(let path, let data, _) = imp.operations[0] else {
            Issue.record("not a write: \(imp.operations)")
            return
        }
        #expect(path == "prompts/fileops.md")
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.hasPrefix("You are the file agent.\n"))
        #expect(text.contains("There is no rename_file tool; use move_file."))
        #expect(text.contains("Write only under outputs/, temp/, memory/"))
        #expect(imp.tasks == ["t1", "t2", "t3"])
        // Once the prompt says it, nothing more is proposed.
        #expect(
            try analyse(
                History(tasks: [task("t1", at: 0), task("t2", at: 100), task("t3", at: 200)], steps: steps, calls: []), prompts: [.fileops: text]
            ).filter { $0.kind == "prompt" }.isEmpty)
    }

    @Test func aRepeatedSequenceBecomesAValidSkill() throws {
        var steps: [String: [TaskStepRecord]] = [:]
        var tasks: [TaskRecord] = []
        for (i, id) in ["t1", "t2", "t3"].enumerated() {
            tasks.append(task(id, prompt: "Copy memory/\(id).md into outputs/ as a \"summary\"", at: Double(i * 100)))
            steps[id] = [tool(id, 0, "read_file"), tool(id, 1, "read_file"), tool(id, 2, "write_file"), tool(id, 3, "finish")]
        }
        let found = try analyse(History(tasks: tasks, steps: steps, calls: []))
        let imp = try #require(found.first { $0.kind == "skill" })
        guard case .write(let path, let data, _) = imp.operations[0] else {
            Issue.record("not a write: \(imp.operations)")
            return
        }
        #expect(path == "skills/fileops-read-write/SKILL.md")
        let (manifest, problems) = SkillManifest.parse(data, folder: "fileops-read-write")
        #expect(manifest != nil, "\(problems)")
        #expect(manifest?.metadata["learned-from"] == "t1 t2 t3")
        #expect(manifest?.body.contains("1. `read_file`") == true)
        // Two tasks are not a pattern yet; an existing skill is not proposed again.
        #expect(try analyse(History(tasks: Array(tasks.prefix(2)), steps: steps, calls: [])).filter { $0.kind == "skill" }.isEmpty)
        #expect(try analyse(History(tasks: tasks, steps: steps, calls: []), skills: ["fileops-read-write"]).filter { $0.kind == "skill" }.isEmpty)
    }
}
