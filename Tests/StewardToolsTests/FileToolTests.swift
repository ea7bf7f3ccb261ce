import Foundation
import StewardCore
import StewardJSON
import StewardSandbox
import StewardTools
import Testing

/// The file tools, each decoded, checked against its schema and run in a real workspace.
@Suite struct FileToolTests {
    @Test func listReadAndSearchSeeTheProposal() async throws {
        try await withWorkspace { ws in
            let c = TestContext(ws)
            _ = try await c.call(WriteFile.self, ["path": "memory/a.md", "content": "alpha\nbeta\n"])
            let list = try await c.call(ListFiles.self, ["folder": "memory/"])
            #expect(list.ok && list.text.contains("memory/a.md (11 bytes)"))
            #expect(try await c.call(ReadFile.self, ["path": "memory/a.md"]).text == "alpha\nbeta\n")
            #expect(try await c.call(SearchFiles.self, ["query": "BETA"]).text == "memory/a.md:2: beta")
            // Read tools plan no change.
            #expect(ListFiles.plannedChanges(of: ["folder": "memory"]).isEmpty && ReadFile.plannedChanges(of: ["path": "a"]).isEmpty)
        }
    }

    @Test func theSchemaCheckNamesTheToolAndTheProblem() throws {
        #expect(
            ToolSchema.check(["folder": .number(3)], against: ListFiles.definition)
                == #"list_files: argument "folder" must be a string; got the number 3"#)
        #expect(ToolSchema.check([:], against: ReadFile.definition) == #"read_file: missing required argument "path" (string)"#)
        #expect(
            ToolSchema.check(["path": "a", "content": "b", "mode": "x"], against: WriteFile.definition)
                == #"write_file: unknown argument "mode"; the arguments are "content", "path""#)
        #expect(ToolSchema.check(["path": "a", "content": "b"], against: WriteFile.definition) == nil)
        // Decoding a call that skipped the check fails rather than inventing a value.
        #expect(throws: DecodingError.self) { try ReadFile.decode(["path": .number(1)]) }
        #expect(try EditFile.decode(["path": "p", "search": "s", "replace": "r"]).replace == "r")
    }

    @Test func writeEditCopyMoveDeleteLandInOneProposal() async throws {
        try await withWorkspace { ws in
            let c = TestContext(ws)
            let w = try await c.call(WriteFile.self, ["path": "memory/a.md", "content": "apples\n"])
            #expect(w == ToolOutcome(ok: true, text: "wrote memory/a.md (7 bytes)", changed: ["memory/a.md"], proposal: w.proposal))
            #expect(w.proposal?.number == 1)
            let e = try await c.call(EditFile.self, ["path": "memory/a.md", "search": "apples", "replace": "pears"])
            #expect(e.ok && e.text == "edited memory/a.md" && e.changed == ["memory/a.md"])
            #expect(try await text(ws, "memory/a.md", proposal: 1) == "pears\n")
            let missing = try await c.call(EditFile.self, ["path": "memory/a.md", "search": "plums", "replace": "x"])
            #expect(
                !missing.ok && missing.text == "error: the search text does not occur in memory/a.md; read_file it and copy the exact text to replace"
            )

            let copy = try await c.call(CopyFile.self, ["from": "memory/a.md", "to": "outputs/a.md"])
            #expect(copy.text == "copied memory/a.md to outputs/a.md (6 bytes)" && copy.changed == ["outputs/a.md"])
            let again = try await c.call(CopyFile.self, ["from": "memory/a.md", "to": "outputs/a.md"])
            #expect(!again.ok && again.text == "error: outputs/a.md already exists; pick another path, or write_file to replace it")

            let move = try await c.call(MoveFile.self, ["from": "outputs/a.md", "to": "outputs/b.md"])
            #expect(move.text == "moved outputs/a.md to outputs/b.md" && move.changed == ["outputs/a.md", "outputs/b.md"])
            let delete = try await c.call(DeleteFile.self, ["path": "memory/a.md"])
            #expect(delete.text == "deleted memory/a.md" && delete.proposal?.number == 1)
            #expect(try await ws.diff(1).files.map(\.path) == ["outputs/b.md"])
        }
    }

    @Test func aRefusedPathThrowsForTheCallerToReport() async throws {
        try await withWorkspace { ws in
            let c = TestContext(ws)
            await #expect(throws: StewardError.self) { try await c.call(WriteFile.self, ["path": "hooks/pre-merge", "content": "x"]) }
            #expect(await c.proposal == nil)
        }
    }

    @Test func whatEachCallWouldChange() {
        #expect(WriteFile.plannedChanges(of: ["path": "memory/a.md", "content": "x"]) == [.write(path: "memory/a.md")])
        #expect(EditFile.plannedChanges(of: ["path": "memory/a.md", "search": "a", "replace": "b"]) == [.write(path: "memory/a.md")])
        #expect(CopyFile.plannedChanges(of: ["from": "memory/a.md", "to": "outputs/b.md"]) == [.write(path: "outputs/b.md")])
        #expect(MoveFile.plannedChanges(of: ["from": "memory/a.md", "to": "outputs/b.md"]) == [.move(from: "memory/a.md", to: "outputs/b.md")])
        #expect(DeleteFile.plannedChanges(of: ["path": "memory/a.md"]) == [.delete(path: "memory/a.md")])
        #expect(RunSkillScript.plannedChanges(of: ["skill": "greet", "script": "scripts/hello.sh"]) == [.write(path: "outputs/greet/")])
        // Arguments that do not decode plan nothing (the schema check refuses them first).
        #expect(WriteFile.plannedChanges(of: ["path": "memory/a.md"]).isEmpty)
        #expect(PlannedChange.move(from: "a", to: "b").json.jsonText == #"{"from":"a","op":"move","to":"b"}"#)
    }
}
