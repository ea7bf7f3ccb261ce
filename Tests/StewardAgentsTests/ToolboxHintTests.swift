import Foundation
import StewardCore
import StewardJSON
import StewardSandbox
import Testing

@testable import StewardAgents

/// What the agents' tools add for small models: the next step, a refused overwrite of a file
/// not read, a change's result written back as content.
@Suite struct ToolboxHintTests {
    func withToolbox(_ task: String, _ body: (Toolbox) async throws -> Void) async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("steward-hints-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (ws, _) = try await Workspace.create(at: dir + "/ws", seed: Seed.files, by: "tester")
        let r = try await ws.propose(
            title: "fixture", agent: "tester", operations: [.write(path: "memory/list.md", content: Data("# List\n- tea\n".utf8), executable: false)],
            policy: try PathPolicy.outsideTools())
        _ = try await ws.approve(r.number, by: "tester")
        try await body(Toolbox(workspace: ws, kind: .fileops, title: "t", taskID: "t1", task: task))
    }

    @Test func anUnreadFileIsNotOverwrittenAndTheChangeCallIsShown() async throws {
        try await withToolbox("Please add rice to the end of memory/list.md") { toolbox in
            let w = await toolbox.run("write_file", ["path": "memory/list.md", "content": "rice"])
            #expect(
                !w.ok
                    && w.text
                        == #"error: memory/list.md already exists and write_file would replace all of it; to change it in place, call {"name": "append_to_file", "arguments": {"path":"memory/list.md","text":"rice"}}"#
            )
            let a = await toolbox.run("append_to_file", ["path": "memory/list.md", "text": "rice"])
            #expect(a.ok && a.text.hasSuffix(#"If that was all, call {"name": "finish", "arguments": {"summary":"changed memory/list.md"}}"#))
            // The change's result written back: taken as finish, every file being done.
            let echo = await toolbox.run(
                "write_file", ["path": "memory/list.md", "content": "- rice\nadded 1 line(s) at the end of memory/list.md; it now ends:"])
            #expect(echo.ok && echo.finished && echo.text == "the file already has what you wrote; taken as finish")
        }
    }

    /// A file the task changes in place is not written over with fewer than half its lines,
    /// read or not (fresh10 1102: a five-line booking became three words of the task).
    @Test func aFileChangedInPlaceIsNotWrittenOverWithoutMostOfItsLines() async throws {
        try await withToolbox("Change tea to coffee in memory/list.md") { toolbox in
            #expect(await toolbox.run("read_file", ["path": "memory/list.md"]).ok)
            let w = await toolbox.run("write_file", ["path": "memory/list.md", "content": "coffee"])
            #expect(!w.ok && w.text.hasPrefix("error: write_file would keep 0 of the 2 lines of memory/list.md"), "\(w.text)")
            #expect(w.text.contains(#""name": "replace_in_file""#), "\(w.text)")
            // Keeping the lines it does not change, it may.
            #expect(await toolbox.run("write_file", ["path": "memory/list.md", "content": "# List\n- coffee\n"]).ok)
        }
    }

    @Test func aFailedCallIsShownTheStepTheTaskAsksFor() async throws {
        try await withToolbox("Rename memory/list.md to memory/shopping.md") { toolbox in
            let r = await toolbox.run("replace_in_file", ["path": "memory/list.md", "find": "list", "replace": "shopping"])
            #expect(
                !r.ok
                    && r.text.hasSuffix(
                        #"For this task, try: {"name": "move_file", "arguments": {"from":"memory/list.md","to":"memory/shopping.md"}}"#)
            )
            // A read file may be rewritten.
            #expect(await toolbox.run("read_file", ["path": "memory/list.md"]).ok)
            #expect(await toolbox.run("write_file", ["path": "memory/list.md", "content": "# List\n- tea\n- rice\n"]).ok)
        }
    }
}
