import StewardCore
import StewardJSON
import StewardModels
import StewardTools
import Testing

@testable import StewardAgents

private let tools = ["read_file", "write_file", "list_files"]

private func call(_ name: String, _ arguments: String, _ n: Int = 1) -> ToolCall {
    ToolCall(id: "repaired_\(n)", name: name, arguments: arguments)
}

private let readA = call("read_file", #"{"path":"notes/a.md"}"#)

@Suite struct ToolCallRepairExtractTests {
    @Test(arguments: [
        #"{"name": "read_file", "arguments": {"path": "notes/a.md"}}"#,
        #"{"name": "read_file", "parameters": {"path": "notes/a.md"}}"#,
        #"{"function": {"name": "read_file", "arguments": {"path": "notes/a.md"}}}"#,
        #"{"type": "function", "function": {"name": "read_file", "arguments": {"path": "notes/a.md"}}, "id": "call_0"}"#,
        #"{"tool": "read_file", "args": {"path": "notes/a.md"}}"#,
        #"{"tool": "read_file", "arguments": {"path": "notes/a.md"}}"#,
        #"{"tool": "read_file", "input": {"path": "notes/a.md"}}"#,
        #"{"type": "tool_use", "id": "t1", "name": "read_file", "input": {"path": "notes/a.md"}}"#,
        #"{"tool_calls": [{"function": {"name": "read_file", "arguments": {"path": "notes/a.md"}}}]}"#,
        #"{"action": "read_file", "action_input": {"path": "notes/a.md"}}"#,
    ])
    func everyShapeModelsPrint(_ text: String) {
        #expect(ToolCallRepair.extract(from: text, tools: tools) == [readA])
    }

    @Test func doubleEncodedArgumentsAreDecoded() {
        let text = #"{"function": {"name": "read_file", "arguments": "{\"path\": \"notes/a.md\"}"}}"#
        #expect(ToolCallRepair.extract(from: text, tools: tools) == [readA])
        let flat = #"{"name": "read_file", "arguments": "{'path': 'notes/a.md',}"}"#
        #expect(ToolCallRepair.extract(from: flat, tools: tools) == [readA])
    }

    @Test func argumentsAreNormalisedCompactSortedText() {
        let text = #"{"name": "write_file", "arguments": {"path": "o/x.md",   "content": "a/b\n", "n": 2.0}}"#
        #expect(ToolCallRepair.extract(from: text, tools: tools) == [call("write_file", #"{"content":"a/b\n","n":2,"path":"o/x.md"}"#)])
    }

    @Test(arguments: ["json", "", "tool_call", "JSON"])
    func fencedCallWithProseAround(_ info: String) {
        let text =
            "Sure! I'll read it now.\n```\(info)\n{\"name\": \"read_file\", \"arguments\": {\"path\": \"notes/a.md\"}}\n```\nLet me know what's next."
        #expect(ToolCallRepair.extract(from: text, tools: tools) == [readA])
    }

    @Test func qwenToolCallTags() {
        let text = """
            <tool_call>
            {"name": "read_file", "arguments": {"path": "notes/a.md"}}
            </tool_call>
            <tool_call>
            {"name": "list_files", "arguments": {"folder": "notes"}}
            </tool_call>
            """
        #expect(ToolCallRepair.extract(from: text, tools: tools) == [readA, call("list_files", #"{"folder":"notes"}"#, 2)])
    }

    @Test func twoBareCallsInARowAndAnArrayOfCalls() {
        let row = "{\"name\": \"read_file\", \"arguments\": {\"path\": \"notes/a.md\"}}\n{\"name\": \"list_files\", \"arguments\": {}}"
        let expected = [readA, call("list_files", "{}", 2)]
        #expect(ToolCallRepair.extract(from: row, tools: tools) == expected)
        let array = #"[{"name": "read_file", "arguments": {"path": "notes/a.md"}}, {"name": "list_files", "arguments": {}},]"#
        #expect(ToolCallRepair.extract(from: array, tools: tools) == expected)
        let glued = #"{"name": "read_file", "arguments": {"path": "notes/a.md"}}{"name": "list_files"}"#
        #expect(ToolCallRepair.extract(from: glued, tools: tools) == expected)
    }

    @Test func singleQuotesTrailingCommasBareKeysAndPythonLiterals() {
        let text = "{'name': 'write_file', arguments: {'path': 'o/x.md', 'content': \"it's\nfine\", 'append': False,},}"
        #expect(ToolCallRepair.extract(from: text, tools: tools) == [call("write_file", #"{"append":false,"content":"it's\nfine","path":"o/x.md"}"#)])
    }

    @Test func namesMatchIgnoringCaseAndReturnCanonical() {
        #expect(ToolCallRepair.extract(from: #"{"name": "READ_File", "arguments": {"path": "notes/a.md"}}"#, tools: tools) == [readA])
        #expect(ToolCallRepair.extract(from: #"{"name": " functions.read_file ", "arguments": {"path": "notes/a.md"}}"#, tools: tools) == [readA])
    }

    @Test func unknownToolIsReturnedOnlyWhenUnmistakablyACall() {
        // name + arguments: returned as written, so the caller can name the real tools.
        #expect(
            ToolCallRepair.extract(from: #"{"name": "get_weather", "arguments": {"city": "Berlin"}}"#, tools: tools)
                == [call("get_weather", #"{"city":"Berlin"}"#)])
        #expect(
            ToolCallRepair.extract(from: #"{"type": "function", "function": {"name": "search_web"}}"#, tools: tools)
                == [call("search_web", "{}")])
        // No arguments key, or a name that is no identifier: data, not a call.
        #expect(ToolCallRepair.extract(from: #"{"name": "get_weather", "city": "Berlin"}"#, tools: tools) == [])
        #expect(ToolCallRepair.extract(from: #"{"name": "Alice", "age": 3}"#, tools: tools) == [])
        #expect(ToolCallRepair.extract(from: #"{"action": "Final Answer", "action_input": "It is 4."}"#, tools: tools) == [])
    }

    @Test func knownToolWithFlattenedArguments() {
        #expect(ToolCallRepair.extract(from: #"{"name": "read_file", "path": "notes/a.md", "id": "x"}"#, tools: tools) == [readA])
        #expect(ToolCallRepair.extract(from: #"{"name": "list_files"}"#, tools: tools) == [call("list_files", "{}")])
    }

    @Test(arguments: [
        "",
        "The weather in Berlin is sunny.",
        "Use {x} here, or {y: } there, and {} elsewhere.",
        #"Set it to {"path": "a"} and you're done."#,
        #"{"path": "a"}"#,
        #"[1, 2, {"a": [3]}]"#,
        #"{"name": "read_file", "description": "Reads a file", "parameters": {"type": "object", "properties": {"path": {"type": "string"}}}}"#,
        "```swift\nlet x = [1, 2]\nfunc f() { print(x) }\n```",
    ])
    func textWithoutACallGivesNone(_ text: String) {
        #expect(ToolCallRepair.extract(from: text, tools: tools) == [])
    }

    @Test func missingCloserIsAddedOnlyWhenTheModelFinished() {
        let tagged = #"<tool_call>{"name": "read_file", "arguments": {"path": "notes/a.md"}</tool_call>"#
        #expect(ToolCallRepair.extract(from: tagged, tools: tools) == [readA])
        let fenced = "```json\n{\"name\": \"read_file\", \"arguments\": {\"path\": \"notes/a.md\"\n```"
        #expect(ToolCallRepair.extract(from: fenced, tools: tools) == [readA])
        // Out of tokens mid-call: a truncated write must not run.
        let cut = #"{"name": "write_file", "arguments": {"path": "o/x.md", "content": "first half"#
        #expect(ToolCallRepair.extract(from: cut, tools: tools) == [])
        #expect(ToolCallRepair.extract(from: #"{"name": "read_file", "arguments": {"path": "notes/a.md"}"#, tools: tools) == [])
    }

    @Test func fencesAndBracesInsideStringsDoNotConfuseTheScan() {
        let content = "# Notes\n```swift\nfunc f() { [1, 2] }\n```\n<tool_call> is a tag }"
        let args = JSONValue.object(["path": "o/x.md", "content": .string(content)])
        let text = "```json\n" + JSONValue.object(["name": "write_file", "arguments": args]).jsonText + "\n```"
        #expect(ToolCallRepair.extract(from: text, tools: tools) == [call("write_file", args.jsonText)])
    }

    @Test func proseQuotesAndBracesAroundACall() {
        let apostrophes = #"Here's what I'll do: {"name": "read_file", "arguments": {"path": "notes/a.md"}} — that's it."#
        #expect(ToolCallRepair.extract(from: apostrophes, tools: tools) == [readA])
        let openQuote = #"Type {" to start. Then {"name": "read_file", "arguments": {"path": "notes/a.md"}}"#
        #expect(ToolCallRepair.extract(from: openQuote, tools: tools) == [readA])
        let neverClosed = #"Press {'enter} and then {"name": "read_file", "arguments": {"path": "notes/a.md"}}"#
        #expect(ToolCallRepair.extract(from: neverClosed, tools: tools) == [readA])
        let unclosedProse = #"Use { like this: {"name": "read_file", "arguments": {"path": "notes/a.md"}}"#
        #expect(ToolCallRepair.extract(from: unclosedProse, tools: tools) == [readA])
        let bracketed = #"[Calling tool {"name": "read_file", "arguments": {"path": "notes/a.md"}}]"#
        #expect(ToolCallRepair.extract(from: bracketed, tools: tools) == [readA])
        let stray = #"}} ]] {"name": "read_file", "arguments": {"path": "notes/a.md"}} }"#
        #expect(ToolCallRepair.extract(from: stray, tools: tools) == [readA])
    }

    @Test func unreadableArgumentsAreKeptForACorrectiveMessage() {
        let calls = ToolCallRepair.extract(from: #"{"name": "read_file", "arguments": "path=notes/a.md"}"#, tools: tools)
        #expect(calls == [call("read_file", "path=notes/a.md")])
        #expect(throws: ToolArgumentsError.self) { try ToolCallRepair.arguments(calls[0].arguments) }
        #expect(
            ToolCallRepair.extract(from: #"{"name": "read_file", "arguments": ["notes/a.md"]}"#, tools: tools)
                == [call("read_file", #"["notes/a.md"]"#)])
    }

    @Test func onlyTheCallAmongExamplesAndProse() {
        let text =
            #"For example {"path": "a"} is plain data, and {x} is a placeholder. Now: <tool_call>{"name": "write_file", "arguments": {"path": "o/x.md", "content": "hi"}}</tool_call> Done."#
        #expect(ToolCallRepair.extract(from: text, tools: tools) == [call("write_file", #"{"content":"hi","path":"o/x.md"}"#)])
    }

    @Test func unknownAndKnownCallsKeepTheirOrderAndIds() {
        let text = #"[{"name": "get_weather", "arguments": {}}, {"name": "read_file", "arguments": {"path": "notes/a.md"}}]"#
        #expect(ToolCallRepair.extract(from: text, tools: tools) == [call("get_weather", "{}"), call("read_file", #"{"path":"notes/a.md"}"#, 2)])
        #expect(ToolCallRepair.extract(from: text, tools: []) == [call("get_weather", "{}"), call("read_file", #"{"path":"notes/a.md"}"#, 2)])
    }

    @Test func hostileInputEndsQuicklyWithoutCrashing() {
        let start = ContinuousClock.now
        let braces = String(repeating: "{", count: 1_000_000)
        #expect(ToolCallRepair.extract(from: braces, tools: tools) == [])
        let nested = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(ToolCallRepair.extract(from: nested, tools: tools) == [])
        let closers = String(repeating: "}]", count: 500_000)
        #expect(ToolCallRepair.extract(from: closers, tools: tools) == [])
        let quotes = String(repeating: #"{""#, count: 300_000) + String(repeating: "'", count: 100_000)
        #expect(ToolCallRepair.extract(from: quotes, tools: tools) == [])
        let empties = String(repeating: "{}", count: 500_000)
        #expect(ToolCallRepair.extract(from: empties, tools: tools) == [])
        let failsLate = "[" + String(repeating: "1,", count: 400_000) + "x]"
        #expect(ToolCallRepair.extract(from: failsLate, tools: tools) == [])
        let fences = String(repeating: "```{[", count: 200_000)
        #expect(ToolCallRepair.extract(from: fences, tools: tools) == [])
        // A real call after a megabyte of garbage is still found.
        let buried = braces + #"{"name": "read_file", "arguments": {"path": "notes/a.md"}}"#
        #expect(ToolCallRepair.extract(from: buried, tools: tools) == [readA])
        #expect(ContinuousClock.now - start < .seconds(20))
    }

    @Test func manyCallsAreCappedAndNumbered() {
        let one = #"{"name": "list_files", "arguments": {}}"#
        let calls = ToolCallRepair.extract(from: String(repeating: one + "\n", count: 100), tools: tools)
        #expect(calls.count == ToolCallRepair.maxCalls)
        #expect(calls.last == call("list_files", "{}", 64))
    }
}

@Suite struct ToolCallRepairArgumentsTests {
    @Test func readsStrictLenientDoubleEncodedAndEmpty() throws {
        let expected: [String: JSONValue] = ["path": "notes/a.md", "limit": .number(3)]
        #expect(try ToolCallRepair.arguments(#"{"path": "notes/a.md", "limit": 3}"#) == expected)
        #expect(try ToolCallRepair.arguments("{'path': 'notes/a.md', limit: 3,}") == expected)
        #expect(try ToolCallRepair.arguments(#""{\"path\": \"notes/a.md\", \"limit\": 3}""#) == expected)
        #expect(try ToolCallRepair.arguments("") == [:])
        #expect(try ToolCallRepair.arguments(" \n") == [:])
        #expect(try ToolCallRepair.arguments("null") == [:])
        #expect(try ToolCallRepair.arguments(#""""#) == [:])
    }

    @Test(arguments: [
        ("[1, 2]", "an array"),
        ("42", "the number 42"),
        ("true", "true"),
        (#""notes/a.md""#, #"the string "notes/a.md""#),
        (#"{"path": "a" "limit": 3}"#, "text that is not JSON (expected ',' or '}' in an object at byte 13)"),
        (#""[\"a\"]""#, #"the string "[\"a\"]""#),
    ])
    func refusesWithAMessageForTheModel(_ raw: String, _ got: String) {
        do {
            _ = try ToolCallRepair.arguments(raw)
            Issue.record("accepted \(raw)")
        } catch let e as ToolArgumentsError {
            #expect(e.message == #"arguments must be a JSON object like {"path": "notes/a.md"}; got "# + got)
            #expect(e.description == e.message)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}

@Suite struct ToolCallRepairCheckTests {
    static let schema = try! JSONValue.parse(
        """
        {"type": "object",
         "properties": {"path": {"type": "string"}, "limit": {"type": "integer"}, "ratio": {"type": "number"},
                        "recursive": {"type": "boolean"}, "tags": {"type": "array"}, "mode": {"type": "string", "enum": ["fast", "slow"]},
                        "note": {"type": ["string", "null"]}},
         "required": ["path"],
         "additionalProperties": false}
        """)

    func check(_ args: [String: JSONValue]) -> String? { ToolSchema.check(args, against: Self.schema) }

    @Test func acceptsFittingArguments() {
        #expect(check(["path": "a.md"]) == nil)
        #expect(
            check([
                "path": "a.md", "limit": .number(3), "ratio": .number(0.5), "recursive": .bool(true), "tags": .array(["x"]), "mode": "fast",
                "note": .null,
            ]) == nil)
        #expect(check(["path": "a.md", "limit": .number(3.0)]) == nil)  // a whole-number double is an integer
    }

    @Test func namesTheMissingArgument() {
        #expect(check([:]) == #"missing required argument "path" (string)"#)
        #expect(check(["file": "a.md"]) == #"missing required argument "path" (string); unknown argument "file""#)
    }

    @Test func namesTheUnknownArgument() {
        #expect(
            check(["path": "a.md", "verbose": .bool(true)])
                == #"unknown argument "verbose"; the arguments are "limit", "mode", "note", "path", "ratio", "recursive", "tags""#)
        let none = try! JSONValue.parse(#"{"type": "object", "properties": {}, "additionalProperties": false}"#)
        #expect(ToolSchema.check(["x": .number(1)], against: none) == #"unknown argument "x"; this tool takes no arguments"#)
        let open = try! JSONValue.parse(#"{"type": "object", "properties": {"path": {"type": "string"}}}"#)
        #expect(ToolSchema.check(["path": "a", "x": .number(1)], against: open) == nil)
    }

    @Test func namesTheMistypedArgumentAndCoercesNothing() {
        #expect(check(["path": "a.md", "limit": "10"]) == #"argument "limit" must be an integer; got the string "10""#)
        #expect(check(["path": "a.md", "limit": .number(2.5)]) == #"argument "limit" must be an integer; got the number 2.5"#)
        #expect(check(["path": .number(7)]) == #"argument "path" must be a string; got the number 7"#)
        #expect(check(["path": "a.md", "recursive": "true"]) == #"argument "recursive" must be a boolean; got the string "true""#)
        #expect(check(["path": "a.md", "tags": "x,y"]) == #"argument "tags" must be an array; got the string "x,y""#)
        #expect(check(["path": "a.md", "ratio": .null]) == #"argument "ratio" must be a number; got null"#)
        #expect(check(["path": "a.md", "note": .number(1)]) == #"argument "note" must be a string or null; got the number 1"#)
        #expect(check(["path": "a.md", "mode": "quick"]) == #"argument "mode" must be one of "fast", "slow"; got the string "quick""#)
    }

    @Test func withTheToolDefinitionTheMessageNamesTheTool() {
        let tool = ToolDefinition(name: "read_file", description: "Reads a file", parameters: Self.schema)
        #expect(ToolSchema.check([:], against: tool) == #"read_file: missing required argument "path" (string)"#)
        #expect(ToolSchema.check(["path": "a.md"], against: tool) == nil)
    }
}
