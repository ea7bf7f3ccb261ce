import StewardCore
import StewardJSON
import StewardModels
import StewardTools
import Testing

@testable import StewardAgents

/// The coaching of small models: what a task names, what a model meant.
@Suite struct CoachingTests {
    @Test func pathsTheTaskNames() {
        #expect(Coaching.paths(in: "Rename memory/todo.txt to memory/todo.md.") == ["memory/todo.txt", "memory/todo.md"])
        #expect(Coaching.paths(in: "Read `memory/a.md`, then fetch https://x.org/a/b and write outputs/s.md") == ["memory/a.md", "outputs/s.md"])
        #expect(Coaching.paths(in: "Tidy up ../../etc/passwd and /etc/shadow") == [])
        // A folder said by its name in another: "the house folder under memory".
        #expect(
            Coaching.paths(in: "Please make a new note called paint.md in the house folder under memory, one room per line") == [
                "memory/house/paint.md"
            ])
        #expect(Coaching.paths(in: "Write me find.sh in my scripts folder in memory/notes that lists files") == ["memory/notes/scripts/find.sh"])
        #expect(Coaching.paths(in: "Put paint.md in the house folder, please") == [])
        // A template names no file: it says how one is named.
        #expect(
            Coaching.paths(in: "Write skills/minutes/SKILL.md that saves to memory/minutes/<date>.md or {name}/x.md") == ["skills/minutes/SKILL.md"])
        #expect(
            Coaching.firstSentence("Writes notes as memory/meetings/<date>.md with decisions. Then more.")
                == "Writes notes as memory/meetings/<date>.md with decisions.")
    }

    @Test func replacementsTheTaskAsksFor() {
        #expect(Coaching.replacement(in: "In memory/shopping.md, replace apples with pears")! == ("apples", "pears"))
        #expect(Coaching.replacement(in: "Change 'draft' to 'final' in outputs/a.md")! == ("draft", "final"))
        #expect(Coaching.replacement(in: "Rename memory/a.md to memory/b.md") == nil)
        // Several words, as the task wrote them; "from X to Y" after another verb.
        #expect(Coaching.replacement(in: "In notes/x.md replace Status: open with Status: done, please")! == ("Status: open", "Status: done"))
        #expect(Coaching.replacement(in: "Update the colour from blue to green in memory/house.md")! == ("blue", "green"))
    }

    @Test func whatTheTaskAsksToAddAndDo() {
        #expect(Coaching.addedText(in: #"Add "buy milk" to memory/list.md"#) == "buy milk")
        #expect(Coaching.addedText(in: "Please append a line saying water the roses to memory/garden.md") == "water the roses")
        #expect(Coaching.addedText(in: "add feed the cat as the last item of memory/home.md") == "feed the cat")
        #expect(Coaching.addedText(in: "Rename memory/a.md to memory/b.md") == nil)
        func intent(_ task: String) -> String? { Coaching.intent(of: task.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)) }
        #expect(intent("Could you append a line to memory/a.md?") == "append_to_file")
        #expect(intent("I need you to fix the date in memory/a.md") == "replace_in_file")
        #expect(intent("Could you make Ana the lead instead of Tom in memory/team.md?") == "replace_in_file")
        #expect(intent("Would you please put a copy of memory/a.md in outputs/") == "copy_file")
    }

    /// Coaching for `task` by the file agent.
    func coaching(_ task: String) -> Coaching {
        Coaching(task: task, kind: .fileops, tools: ToolRegistry.agent(.fileops).map { $0.definition })
    }

    @Test func afterReadingTheFileToChangeItsChangeCallNeverTheReadAgain() {
        let c = coaching("Please append a line saying water the roses to memory/garden.md")
        let next = c.suggestion(touched: ["memory/garden.md"], read: "# Garden\n- cut the hedge\n")
        #expect(next == #"{"name": "append_to_file", "arguments": {"path":"memory/garden.md","text":"water the roses"}}"#)
        // After a listing too: the change, not another listing.
        #expect(c.suggestion(touched: [], read: "1 file(s) in memory/:\nmemory/garden.md (20 bytes)") == next)
        #expect(c.suggestion(touched: ["memory/garden.md"], changed: ["memory/garden.md"]).contains(#""name": "finish""#))
    }

    @Test func theSameReplacementOnEachFileNamedThenFinish() {
        let c = coaching("Update the colour from blue to green in memory/house.md and memory/shed.md")
        #expect(
            c.suggestion(touched: ["memory/house.md"], changed: ["memory/house.md"])
                == #"{"name": "replace_in_file", "arguments": {"find":"blue","path":"memory/shed.md","replace":"green"}}"#)
        #expect(c.suggestion(touched: [], changed: ["memory/house.md", "memory/shed.md"]).contains(#""name": "finish""#))
        // Texts the task does not give: read the file first, then a replacement with placeholders.
        let d = coaching("Could you make Ana the lead instead of Tom in memory/team.md?")
        #expect(d.suggestion(touched: []) == #"{"name": "read_file", "arguments": {"path":"memory/team.md"}}"#)
        #expect(d.suggestion(touched: ["memory/team.md"], read: "Lead: Tom\n").contains(#""name": "replace_in_file""#))
    }

    @Test func aNewListOfTheItemsTheTaskNames() {
        #expect(Coaching.enumeration(in: "Write memory/shop.md with milk, eggs and bread.") == ["milk", "eggs", "bread"])
        #expect(Coaching.enumeration(in: "Note tea, rice, and salt in memory/a.md") == ["tea", "rice", "salt"])
        #expect(Coaching.enumeration(in: "Move memory/a.md, memory/b.md and memory/c.md") == nil)
        #expect(Coaching.enumeration(in: "Read it, then write memory/a.md") == nil)
        // The last item runs to a punctuation mark or a word that starts what follows.
        #expect(Coaching.enumeration(in: "Start memory/films.md with Alien, Heat and The Thing") == ["Alien", "Heat", "The Thing"])
        #expect(
            Coaching.enumeration(in: "create soup.md with leeks, potatoes and vegetable stock, one per line")
                == ["leeks", "potatoes", "vegetable stock"])
        #expect(Coaching.enumeration(in: "List passport, charger and socks in memory/p.md") == ["passport", "charger", "socks"])
        let c = coaching("Please put milk, eggs and bread in a new note memory/shop.md")
        #expect(
            c.suggestion(touched: [], read: "no files in memory/shop/")
                == #"{"name": "write_file", "arguments": {"content":"- milk\n- eggs\n- bread\n","path":"memory/shop.md"}}"#)
        // A listing read gives its paths, not its count and sizes.
        #expect(Coaching.material("2 file(s) in memory/:\nmemory/a.md (3 bytes)\nmemory/b.md (4 bytes)") == "- memory/a.md\n- memory/b.md\n")
        #expect(Coaching.material("no files in memory/x/") == nil)
    }

    @Test func whatATaskTransformsIsReadFirstAndNeverWritten() {
        let c = coaching("Please turn memory/notes.md into a short summary in outputs/short.md")
        #expect(c.suggestion(touched: []) == #"{"name": "read_file", "arguments": {"path":"memory/notes.md"}}"#)
        #expect(c.suggestion(touched: ["outputs/short.md"], changed: ["outputs/short.md"], read: nil).contains(#""name": "read_file""#))
        #expect(c.suggestion(touched: ["memory/notes.md"], read: "Notes").contains(#""path":"outputs/short.md""#))
    }

    @Test func aConversionIsOneCall() {
        let c = coaching("Please turn temp/marks.csv into outputs/marks.md as a table")
        #expect(c.suggestion(touched: []) == #"{"name": "convert_file", "arguments": {"from":"temp/marks.csv","to":"outputs/marks.md"}}"#)
        #expect(c.suggestion(touched: ["temp/marks.csv"], read: "a,b\n1,2\n") == c.suggestion(touched: []))
    }

    @Test func puttingAFileInAFolderIsAMoveThatKeepsItsName() {
        let c = coaching("Could you put memory/a.txt in the memory/old folder?")
        let move = #"{"name": "move_file", "arguments": {"from":"memory/a.txt","to":"memory/old/a.txt"}}"#
        #expect(c.suggestion(touched: []) == move)
        // Never a write over the file to move, whatever was done before.
        #expect(c.suggestion(touched: ["memory/old/x.txt"], changed: ["memory/old/x.txt"]) == move)
        #expect(Coaching.intent(of: ["put", "a", "copy", "of", "it", "there"]) == "copy_file")
    }

    @Test func anInventedToolOnAnAppendTaskIsCorrectedToAppend() {
        let c = coaching("Please append a line saying water the roses to memory/garden.md")
        let hint = c.unknownToolHint("water the roses", arguments: [:], read: nil)
        #expect(
            hint
                == #" Did you mean append_to_file? Call it like {"name": "append_to_file", "arguments": {"path":"memory/garden.md","text":"water the roses"}}."#
        )
    }

    @Test(
        arguments: [
            ("rename_file", "move_file"), ("replace_files", "replace_in_file"), ("add_line", "append_to_file"), ("create_note", "write_file"),
            ("remove", "delete_file"),
            ("cat", "read_file"), ("copy_files", "copy_file"), ("ls", "list_files"), ("done", "finish"), ("greet", nil),
            ("convert_csv", "convert_file"),
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
