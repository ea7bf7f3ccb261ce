import Foundation
import StewardCore
import StewardJSON
import StewardSandbox
import StewardSkills
import StewardTestSupport
import Testing

@testable import StewardAgents

/// A person's `pre-tool` hook judges what a call would do, not which tool makes it: one that
/// reads only the payload's `operations` vetoes every write into `outputs/private/`, whether
/// write_file, edit_file, copy_file, move_file or a skill script would make it.
@Suite struct PreToolHookTests {
    /// Flattens the payload, logs it, and refuses a write, move target or delete under
    /// outputs/private/ as the operations say (the sorted keys put "path" and "to" last).
    static let hook = """
        #!/bin/sh
        payload=$(tr -d ' \\n')
        printf '%s\\n' "$payload" >> "$STEWARD_WORKSPACE/../payloads.log"
        ops=${payload#*\\"operations\\":}
        if printf '%s' "$ops" | grep -Eq '"op":"(write|delete)","path":"outputs/private/|"op":"move","to":"outputs/private/'; then
          echo 'nothing goes to outputs/private/ (hooks/pre-tool)' >&2
          exit 2
        fi
        exit 0
        """

    static let skill = "---\nname: private\ndescription: Writes a private report.\n---\nRun scripts/run.sh.\n"

    @Test func aHookOnOperationsVetoesEveryToolThatWritesThere() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("steward-pretool-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (ws, _) = try await Workspace.create(at: dir + "/ws", seed: Seed.files, by: "tester")
        // The person commits the hook, a skill and two files on main.
        let files = [
            "hooks/pre-tool": Self.hook, "skills/private/SKILL.md": Self.skill,
            "skills/private/scripts/run.sh": "#!/bin/sh\necho hi > \"$OUTPUT_DIR/r.txt\"\n",
            "memory/a.md": "apples\n", "outputs/private/x.md": "secret\n",
        ]
        for (path, text) in files {
            try FileManager.default.createDirectory(
                atPath: dir + "/ws/" + (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: dir + "/ws/" + path, atomically: true, encoding: .utf8)
        }
        _ = try gitCLI(["add", "--chmod=+x", "hooks/pre-tool", "skills/private/scripts/run.sh"], in: dir + "/ws")
        _ = try gitCLI(["add", "memory/a.md", "outputs/private/x.md", "skills/private/SKILL.md"], in: dir + "/ws")
        _ = try gitCLI(["-c", "user.name=Person", "-c", "user.email=p@example.org", "commit", "-qm", "hook, skill, files"], in: dir + "/ws")

        let skills = AgentSkills(
            skills: [try await SkillRegistry.load(from: ws).skill("private")], scripts: ["private": "scripts/run.sh"], canRun: true)
        let toolbox = Toolbox(workspace: ws, kind: .fileops, title: "hooks", taskID: "t1", skills: skills)
        let vetoed: [(String, [String: JSONValue])] = [
            ("write_file", ["path": "outputs/private/a.md", "content": "x"]),
            ("replace_in_file", ["path": "outputs/private/x.md", "find": "secret", "replace": "public"]),
            ("append_to_file", ["path": "outputs/private/x.md", "text": "more"]),
            ("copy_file", ["from": "memory/a.md", "to": "outputs/private/b.md"]),
            ("move_file", ["from": "memory/a.md", "to": "outputs/private/c.md"]),
            ("delete_file", ["path": "outputs/private/x.md"]),
            ("run_skill_script", ["skill": "private", "script": "scripts/run.sh"]),
        ]
        for (tool, args) in vetoed {
            let outcome = await toolbox.run(tool, args)
            #expect(!outcome.ok, "\(tool) was not vetoed: \(outcome.text)")
            #expect(
                outcome.text == "error: hook hooks/pre-tool vetoed this \(tool) call: nothing goes to outputs/private/ (hooks/pre-tool)",
                "\(outcome.text)")
        }
        #expect(await toolbox.proposal == nil)

        // Elsewhere the same tools work, and reads plan no change.
        #expect(await toolbox.run("copy_file", ["from": "memory/a.md", "to": "outputs/b.md"]).ok)
        #expect(await toolbox.run("read_file", ["path": "outputs/private/x.md"]).text == "secret\n")
        #expect(await toolbox.changed == ["outputs/b.md"])

        // The payload keeps its fields and adds the operations.
        let lines = try String(contentsOfFile: dir + "/payloads.log", encoding: .utf8).split(separator: "\n").map { try JSONValue.parse(String($0)) }
        #expect(lines.count == vetoed.count + 2)
        let move = try #require(lines.first { $0["tool"] == "move_file" })
        #expect(move["event"] == "pre-tool" && move["task"] == "t1" && move["agent"] == "fileops" && move["proposal"] == nil)
        #expect(move["arguments"] == .object(["from": "memory/a.md", "to": "outputs/private/c.md"]))
        #expect(move["operations"] == .array([.object(["op": "move", "from": "memory/a.md", "to": "outputs/private/c.md"])]))
        #expect(lines.first { $0["tool"] == "run_skill_script" }?["operations"] == .array([.object(["op": "write", "path": "outputs/private/"])]))
        #expect(lines.first { $0["tool"] == "delete_file" }?["operations"] == .array([.object(["op": "delete", "path": "outputs/private/x.md"])]))
        #expect(lines.last?["tool"] == "read_file" && lines.last?["operations"] == .array([]))
    }
}
