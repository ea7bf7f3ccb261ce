import StewardCore
import StewardJSON
import StewardModels
import Testing

@testable import StewardAgents

/// The malformed shapes a 0.5B model writes with constrained output off, one test per shape:
/// mended when there is one reading, refused with a message for the model when there are two.
/// (Shapes mended before these — single quotes, trailing commas, bare keys, prose around a
/// call, fences, `<tool_call>` tags, arguments as a JSON string — are in `ToolCallRepairTests`.)
@Suite struct ToolCallRepairShapeTests {
    static let tools = ["read_file", "write_file", "convert_file", "list_files"]
    static let readA = ToolCall(id: "repaired_1", name: "read_file", arguments: #"{"path":"notes/a.md"}"#)

    static func extract(_ text: String, ended: Bool = true, tools: [String] = tools) -> [ToolCall] {
        ToolCallRepair.extract(from: text, tools: tools, ended: ended)
    }

    /// The message `arguments(_:)` refuses `text` with, or nil when it reads it.
    static func refusal(_ text: String) -> String? {
        do {
            _ = try ToolCallRepair.arguments(text)
            return nil
        } catch {
            return "\(error)"
        }
    }

    // MARK: A key written twice

    @Test func aKeyTwiceIsReadOnceWithOneValueAndRefusedNamingBothWithTwo() throws {
        // The same value twice (however quoted): one reading.
        let same = #"{"name": "convert_file", "arguments": {"from": "memory/books.csv", "to": "outputs/books.md", 'to': 'outputs/books.md'}}"#
        #expect(
            Self.extract(same) == [
                ToolCall(id: "repaired_1", name: "convert_file", arguments: #"{"from":"memory/books.csv","to":"outputs/books.md"}"#)
            ])
        #expect(try ToolCallRepair.arguments(#"{"path": "a.md", "path": "a.md"}"#) == ["path": "a.md"])
        let args = #"{"from": "memory/books.csv", "to": "outputs/books.md", "to": "markdown"}"#
        let calls = Self.extract(#"{"name": "convert_file", "arguments": "# + args + "}")
        // Either value could be meant: the call is kept as written, for the refusal below.
        #expect(calls == [ToolCall(id: "repaired_1", name: "convert_file", arguments: args)])
        let message =
            #"the key "to" is written twice with different values, "outputs/books.md" and "markdown"; write it once, with the one value you mean"#
        #expect(Self.refusal(calls.first?.arguments ?? "") == message)
        // The same for arguments the server parsed (OpenAI `tool_calls`).
        #expect(Self.refusal(args) == message)
        #expect(
            Self.refusal(#"{"path": "a.md", "limit": 3, "limit": 3.5}"#)
                == #"the key "limit" is written twice with different values, 3 and 3.5; write it once, with the one value you mean"#)
    }

    @Test func theNameOrTheArgumentsTwiceAreRefused() {
        let names = #"{"name": "read_file", "name": "write_file", "arguments": {"path": "notes/a.md"}}"#
        #expect(Self.extract(names) == [ToolCall(id: "repaired_1", name: "read_file or write_file", arguments: names)])
        #expect(Self.refusal(names)?.hasPrefix(#"the key "name" is written twice with different values, "read_file" and "write_file""#) == true)
        let arguments = #"{"name": "read_file", "arguments": {"path": "notes/a.md"}, "arguments": {"path": "notes/b.md"}}"#
        #expect(Self.extract(arguments) == [ToolCall(id: "repaired_1", name: "read_file", arguments: arguments)])
        #expect(Self.refusal(arguments)?.hasPrefix(#"the key "arguments" is written twice"#) == true)
        // Flattened arguments: a key written twice is an argument written twice.
        let flat = #"{"name": "read_file", "path": "notes/a.md", "path": "notes/b.md"}"#
        #expect(Self.extract(flat) == [ToolCall(id: "repaired_1", name: "read_file", arguments: flat)])
    }

    @Test func aKeyTwiceThatNoReadingUsesChangesNothing() {
        // `id` and `type` are never read; nor is a key of another call in the same array.
        let ids = #"{"type": "function", "id": "call_1", "id": "call_2", "function": {"name": "read_file", "arguments": {"path": "notes/a.md"}}}"#
        #expect(Self.extract(ids) == [Self.readA])
        let two =
            #"[{"name": "list_files", "arguments": {"folder": "a", "folder": "b"}}, {"name": "read_file", "arguments": {"path": "notes/a.md"}}]"#
        let calls = Self.extract(two)
        #expect(calls.map(\.name) == ["list_files", "read_file"])
        #expect(calls.last?.arguments == #"{"path":"notes/a.md"}"#)
        #expect(Self.refusal(calls.first?.arguments ?? "")?.hasPrefix(#"the key "folder" is written twice"#) == true)
    }

    @Test func aWrapperWrittenTwiceIsRefused() {
        let text =
            #"{"function": {"name": "read_file", "arguments": {"path": "notes/a.md"}}, "function": {"name": "read_file", "arguments": {"path": "notes/b.md"}}}"#
        #expect(Self.extract(text) == [ToolCall(id: "repaired_1", name: "read_file", arguments: text)])
        #expect(Self.refusal(text)?.hasPrefix(#"the key "function" is written twice"#) == true)
    }

    @Test func theRefusalIsTheCallsResultForTheModelAndChangesNothing() async throws {
        try await LoopBench.with { bench in
            let (loop, toolbox) = bench.loop()
            var state = try await bench.state()
            let printed = #"{"name": "write_file", "arguments": {"path": "memory/a.md", "content": "one", "content": "two"}"#
            let reply = ChatMessage.assistant(printed)
            guard case .repaired(let calls) = AgentLoop.interpret(reply, tools: ["write_file", "finish"], ended: true) else {
                Issue.record("no call read from \(printed)")
                return
            }
            let round = await loop.round(calls, repaired: true, reply: reply, from: bench.model("a"), &state)
            let message =
                #"error: write_file: the key "content" is written twice with different values, "one" and "two"; write it once, with the one value you mean"#
            #expect(round.failed && round.errors == [message])
            #expect(state.messages.last?.content == message)
            #expect(await toolbox.changed.isEmpty)
        }
    }

    // MARK: A missing closing brace or bracket

    @Test func theBenchmarksConvertCallWithToTwiceAndItsBraceMissing() {
        // Seen four replies in a row with constrained output off (benchmarks.md, `a81a06b`).
        let text = #"{"name": "convert_file", "arguments": {"from": "memory/books.csv", "to": "outputs/books.md", "to": "outputs/books.md"}"#
        #expect(
            Self.extract(text) == [
                ToolCall(id: "repaired_1", name: "convert_file", arguments: #"{"from":"memory/books.csv","to":"outputs/books.md"}"#)
            ])
    }

    @Test func aBraceMissingAtTheEndIsAddedOnlyWhenTheReplyEndedByItself() {
        #expect(Self.extract(#"{"name": "read_file", "arguments": {"path": "notes/a.md"}"#) == [Self.readA])
        #expect(Self.extract(#"{"name": "read_file", "arguments": {"path": "notes/a.md""#) == [Self.readA])
        #expect(Self.extract("Reading it now: {\"name\": \"read_file\", \"arguments\": {\"path\": \"notes/a.md\"}\n") == [Self.readA])
        let list = #"{"name": "write_file", "arguments": {"path": "o/x.md", "content": "a", "tags": ["x", "y""#
        #expect(
            Self.extract(list) == [ToolCall(id: "repaired_1", name: "write_file", arguments: #"{"content":"a","path":"o/x.md","tags":["x","y"]}"#)])
        // Cut at the token cap: what came next is unknown, so nothing is completed.
        let cut = #"{"name": "write_file", "arguments": {"path": "o/x.md", "content": "first half"#
        #expect(Self.extract(cut, ended: false) == [])
        #expect(Self.extract(cut + #"""#, ended: false) == [])
        #expect(Self.extract(#"{"name": "read_file", "arguments": {"path": "notes/a.md"}"#, ended: false) == [])
        // Ended by itself, a string that never closes is still not completed: what it held is unknown.
        #expect(Self.extract(cut) == [])
    }

    @Test func proseAfterACallLeftUnclosed() {
        #expect(Self.extract("{\"name\": \"read_file\", \"arguments\": {\"path\": \"notes/a.md\"}\nI will read the file now.") == [Self.readA])
        // More JSON after the last closed bracket is no prose: a key without its value has no reading.
        #expect(Self.extract(#"{"name": "write_file", "arguments": {"path": "o/x.md", "content": {"a": 1}, "mode": "#) == [])
    }

    @Test func qwenTagsWhoseClosingTagTheServerLeftOut() {
        // `</tool_call>` is a stop string: the server ends the reply there and leaves it out.
        let text = "<tool_call>\n{\"name\": \"read_file\", \"arguments\": {\"path\": \"notes/a.md\"}\n"
        #expect(Self.extract(text) == [Self.readA])
        let fenced = "```json\n{'name': 'read_file', arguments: {'path': 'notes/a.md',},\n"
        #expect(Self.extract(fenced) == [Self.readA])
    }

    @Test func theLoopCompletesOnlyAReplyThatEnded() {
        let reply = ChatMessage.assistant(#"{"name": "read_file", "arguments": {"path": "notes/a.md"}"#)
        #expect(AgentLoop.interpret(reply, tools: ["read_file", "list_files"], ended: true) == .repaired([Self.readA]))
        #expect(AgentLoop.interpret(reply, tools: ["read_file", "list_files"], ended: false) == .prose(reply.content))
    }

    // MARK: A name spelled differently

    @Test func aNameDifferingOnlyInCaseOrSeparatorsIsTheOneOfferedToolItCanBe() {
        for name in ["readFile", "ReadFile", "read-file", "Read File", "READ-FILE", "functions.readFile", "readfile"] {
            #expect(Self.extract(#"{"name": "\#(name)", "arguments": {"path": "notes/a.md"}}"#) == [Self.readA], "\(name)")
        }
        // Two offered tools it could be: none is chosen (the loop names the real tools).
        let both = Self.extract(#"{"name": "readFile", "arguments": {"path": "notes/a.md"}}"#, tools: ["read_file", "read-file"])
        #expect(both == [ToolCall(id: "repaired_1", name: "readFile", arguments: #"{"path":"notes/a.md"}"#)])
        // More than case and separators differ: not the offered tool.
        for name in ["read_file2", "../read_file", "read.file", "readFiles"] {
            #expect(Self.extract(#"{"name": "\#(name)", "arguments": {"path": "notes/a.md"}}"#).first?.name != "read_file", "\(name)")
        }
    }
}
