import StewardJSON
import StewardModels
import Testing

@testable import StewardAgents

/// The coaching of small models: what a task names, what a model meant.
@Suite struct CoachingTests {
    @Test func pathsTheTaskNames() {
        #expect(Coaching.paths(in: "Rename memory/todo.txt to memory/todo.md.") == ["memory/todo.txt", "memory/todo.md"])
        #expect(Coaching.paths(in: "Read `memory/a.md`, then fetch https://x.org/a/b and write outputs/s.md") == ["memory/a.md", "outputs/s.md"])
        #expect(Coaching.paths(in: "Tidy up ../../etc/passwd and /etc/shadow") == [])
    }

    @Test func replacementsTheTaskAsksFor() {
        #expect(Coaching.replacement(in: "In memory/shopping.md, replace apples with pears")! == ("apples", "pears"))
        #expect(Coaching.replacement(in: "Change 'draft' to 'final' in outputs/a.md")! == ("draft", "final"))
        #expect(Coaching.replacement(in: "Rename memory/a.md to memory/b.md") == nil)
    }

    @Test(
        arguments: [
            ("rename_file", "move_file"), ("replace_files", "edit_file"), ("create_note", "write_file"), ("remove", "delete_file"),
            ("cat", "read_file"), ("copy_files", "copy_file"), ("ls", "list_files"), ("done", "finish"), ("greet", nil), ("convert_csv", nil),
        ] as [(String, String?)])
    func inventedNames(_ name: String, _ meant: String?) {
        #expect(Coaching.meant(name) == meant)
    }

    @Test func aWriteDescribedInsteadOfCalled() throws {
        let text =
            "```json\n{\"name\": \"Write a note to memory/a.md about git\", \"arguments\": {\"content\": \"Git is a version control system.\"}}\n```"
        let call = try #require(Coaching.describedWrite(text))
        #expect(call.name == "write_file")
        #expect(try JSONValue.parse(call.arguments) == .object(["path": "memory/a.md", "content": "Git is a version control system."]))
        // No path, or two: not a write.
        #expect(Coaching.describedWrite(#"{"name": "Write a note", "arguments": {"content": "x"}}"#) == nil)
        #expect(Coaching.describedWrite(#"{"name": "Copy memory/a.md to memory/b.md", "arguments": {"content": "x"}}"#) == nil)
    }

    @Test func theTextAModelMeantToWrite() {
        #expect(Coaching.intendedContent("Git tracks changes to files.") == "Git tracks changes to files.")
        #expect(
            Coaching.intendedContent("```json\n{\"name\": \"x\", \"arguments\": {\"content\": \"A note long enough to be content.\"}}\n```")
                == "A note long enough to be content.")
        #expect(Coaching.intendedContent(#"{"name": "x", "arguments": {"path": "a"}}"#) == nil)
        #expect(Coaching.intendedContent("") == nil)
    }
}
