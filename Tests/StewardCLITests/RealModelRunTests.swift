import Foundation
import Testing

/// Everyday tasks with a real small model (llama.cpp's server with Qwen2.5-Coder-0.5B from
/// `scripts/local-model.sh`), each checked by what lands in its proposal. Runs only when
/// `STEWARD_TEST_OPENAI_URL` is set; prints a table of results. See docs/benchmarks.md.
@Suite("Real model: everyday tasks", .serialized, .enabled(if: ProcessInfo.processInfo.environment["STEWARD_TEST_OPENAI_URL"] != nil))
struct RealModelRunTests {
    struct Case: Sendable {
        var task: String
        var agent: String?
        /// Whether the proposal (read through git) did the task.
        var check: @Sendable (Sandbox) async throws -> Bool
    }

    static let fixtures = [
        "memory/todo.txt": "write report\ncall mum\n",
        "temp/old.log": "old log line\n",
        "memory/meeting.md": "# Meeting 3 May\nWe agreed to ship the beta on Friday. Anna writes the release notes.\n",
        "memory/shopping.md": "# Shopping\n- apples\n- rice\n",
        "outputs/report.md": "# Report\nAll good.\n",
        "memory/ideas.md": "# Ideas\n- a garden\n- a bike trip\n",
        "temp/data.csv": "name,age\nAnna,34\nBen,28\n",
    ]

    /// The file on the proposal's branch, or nil.
    static func show(_ s: Sandbox, _ path: String) async -> String? { try? await s.git("show", "steward/1:\(path)") }

    static let cases: [Case] = [
        Case(task: "Write a note to memory/groceries.md listing milk, eggs and bread") { s in
            guard let t = await show(s, "memory/groceries.md")?.lowercased() else { return false }
            return t.contains("milk") && t.contains("eggs") && t.contains("bread")
        },
        Case(task: "Create outputs/hello.txt containing the text Hello, world") { s in await show(s, "outputs/hello.txt")?.contains("Hello") == true
        },
        Case(task: "Rename memory/todo.txt to memory/todo.md") { s in
            let (moved, old) = (await show(s, "memory/todo.md"), await show(s, "memory/todo.txt"))
            return moved?.contains("call mum") == true && old == nil
        },
        Case(task: "Delete the file temp/old.log") { s in
            let (branch, old) = (try? await s.git("rev-parse", "--verify", "steward/1"), await show(s, "temp/old.log"))
            return branch != nil && old == nil
        },
        Case(task: "Read memory/meeting.md and write a one-line summary of it to outputs/summary.md") { s in
            (await show(s, "outputs/summary.md")?.trimmingCharacters(in: .whitespacesAndNewlines).count ?? 0) > 10
        },
        Case(task: "In memory/shopping.md, replace apples with pears") { s in
            guard let t = await show(s, "memory/shopping.md") else { return false }
            return t.contains("pears") && !t.contains("apples") && t.contains("rice")
        },
        Case(task: "Move outputs/report.md to outputs/archive/report.md") { s in
            let (moved, old) = (await show(s, "outputs/archive/report.md"), await show(s, "outputs/report.md"))
            return moved?.contains("All good") == true && old == nil
        },
        Case(
            task:
                "Write a skill in skills/greet/SKILL.md whose front matter has name: greet and a description, and whose body says how to greet someone",
            agent: "code"
        ) { s in
            guard let t = await show(s, "skills/greet/SKILL.md") else { return false }
            return t.contains("name: greet") && t.lowercased().contains("description")
        },
        Case(
            task: "Write a Python script skills/count/scripts/count.py that prints the number of lines in the file given as its first argument",
            agent: "code"
        ) { s in
            guard let t = await show(s, "skills/count/scripts/count.py") else { return false }
            return t.contains("print") && t.contains("argv")
        },
        Case(task: "Copy memory/ideas.md to outputs/ideas.md") { s in await show(s, "outputs/ideas.md")?.contains("garden") == true },
        Case(task: "List the files in memory/ and save the list to outputs/files.md") { s in
            guard let t = await show(s, "outputs/files.md") else { return false }
            return t.contains("meeting.md") && t.contains("shopping.md")
        },
        Case(task: "Convert temp/data.csv into a Markdown table in outputs/data.md") { s in
            guard let t = await show(s, "outputs/data.md") else { return false }
            return t.contains("|") && t.contains("Anna") && t.contains("Ben")
        },
    ]

    @Test func everydayTasks() async throws {
        let url = ProcessInfo.processInfo.environment["STEWARD_TEST_OPENAI_URL"]!
        var rows: [(String, Bool, Int32, Double, String)] = []
        for c in Self.cases {
            let s = try Sandbox()
            try await s.ok("init")
            var files = Self.fixtures
            files["steward.toml"] = realModelConfig(url)
            try await personCommits(s, files)
            let main = try await s.git("rev-parse", "main")
            let started = Date()
            let r = try await s.steward(["run", "--json", "--quiet"] + (c.agent.map { ["--agent", $0] } ?? []) + [c.task])
            let seconds = Date().timeIntervalSince(started)
            // Whatever the model did, main never moved.
            #expect(try await s.git("rev-parse", "main") == main)
            let passed = try await c.check(s)
            let status = (try? json(r.stdout) as? [String: Any])?["status"] as? String ?? "exit \(r.status)"
            rows.append((c.task, passed, r.status, seconds, status))
        }
        let passed = rows.filter(\.1).count
        var table = "| task | result | status | seconds |\n|---|---|---|---:|\n"
        for (task, ok, _, seconds, status) in rows {
            table += "| \(task) | \(ok ? "pass" : "fail") | \(status) | \(String(format: "%.0f", seconds)) |\n"
        }
        table += "\n\(passed) of \(rows.count) tasks passed.\n"
        print(table)
        try? table.write(
            toFile: FileManager.default.temporaryDirectory.appendingPathComponent("steward-real-model-tasks.md").path, atomically: true,
            encoding: .utf8)
        #expect(passed * 2 > rows.count, "most everyday tasks should pass with the real model: \(passed) of \(rows.count)")
    }
}
