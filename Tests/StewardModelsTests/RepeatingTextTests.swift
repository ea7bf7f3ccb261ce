import Foundation
import StewardCore
import StewardJSON
import StewardModels
import StewardTestSupport
import Testing

/// A reply that repeats itself (issue 19): what is taken for a loop, what is not, and a stream
/// stopped as soon as it loops, not at the reply limit.
@Suite("A reply that repeats itself")
struct RepeatingTextTests {
    /// Loops as a 0.5B model writes them: a line, a blank line, a long paragraph, one character.
    @Test func loopsOfShortAndLongPassagesAreFound() {
        let call = #"{"name": "write_file", "arguments": {"path": "skills/words/run.py", "content": ""#
        #expect(RepeatingText.endsRepeating(call + String(repeating: #"print(\"hello\")\n"#, count: 12)))
        #expect(RepeatingText.endsRepeating(call + String(repeating: #"## Notes\n\n"#, count: 20)))
        #expect(RepeatingText.endsRepeating(call + String(repeating: " ", count: 160)))
        // A paragraph of 230 characters, twice and a bit: longer than the 100 the old check saw.
        let paragraph =
            "To tidy a notes folder, first read every note and decide whether it is still useful; move old notes into an archive folder, merge notes that say the same thing, and give each file a short, clear name.\\n\\n"
        #expect(paragraph.count > 200)
        #expect(RepeatingText.endsRepeating(call + paragraph + paragraph + paragraph.prefix(110)))
        #expect(!RepeatingText.endsRepeating(call + paragraph + paragraph.prefix(110)))
    }

    /// A passage that counts on is a loop too: numbered steps that come round again, emails
    /// numbered on and on (the old check, exact repeats only, saw neither).
    @Test func loopsThatCountOnAreFound() {
        let lines = [
            "Use the search bar at the top of the editor to find the notes you want to tidy.", "Select the notes and copy them to a new file.",
            "Open the new file in your preferred text editor.",
        ]
        let steps = (2...11).map { n in "\(n). " + lines[(n - 2) % 3] + "\\n\\n" }
        #expect(RepeatingText.endsRepeating("To tidy a notes folder:\\n\\n1. Open the folder.\\n\\n" + steps.joined()))
        #expect(RepeatingText.endsRepeating((1...20).map { "- user\($0)@example.com\n" }.joined()))
        // Rows of figures are not a loop, however alike.
        #expect(!RepeatingText.endsRepeating((1...40).map { "2024-01-\($0 % 28 + 1),\($0 * 7),\($0 * 3)\n" }.joined()))
    }

    /// Answers whose lines look alike but are each written once are not loops.
    @Test func textWrittenOnceIsNoLoop() {
        let table = "| player | points |\n|---|---|\n| Mia | 12 |\n| Jon | 9 |\n| Eve | 15 |\n"
        let script = "import sys\n\nfor path in sys.argv[1:]:\n    with open(path) as f:\n        print(path, len(f.read().split()))\n"
        let list = (1...30).map { "- item \($0)\n" }.joined()
        let rule = String(repeating: "-", count: 80) + "\n"
        for text in [table, script, list, rule, rule + "Title\n" + rule, ""] { #expect(!RepeatingText.endsRepeating(text), "\(text)") }
    }

    /// A streamed reply that loops is stopped once its text repeats, with the text so far and
    /// finish reason `repeating`; the request is left (the server stops generating). Without
    /// `stopWhenRepeating` the same stream is read to its end, as before.
    @Test func aStreamIsStoppedAsSoonAsItRepeats() async throws {
        let line = #"print(\"hello\")\n"#
        var pieces = [
            #"data: {"choices":[{"index":0,"delta":{"content":"{\"name\": \"write_file\", \"arguments\": {\"path\": \"a.py\", \"content\": \""},"finish_reason":null}]}"#
                + "\n\n"
        ]
        for _ in 0..<600 {
            let quoted = String(decoding: try JSONSerialization.data(withJSONObject: [line], options: [.withoutEscapingSlashes]), as: UTF8.self)
            pieces.append(#"data: {"choices":[{"index":0,"delta":{"content":\#(quoted.dropFirst().dropLast())},"finish_reason":null}]}"# + "\n\n")
        }
        pieces.append(#"data: {"choices":[{"index":0,"delta":{},"finish_reason":"length"}]}"# + "\n\n")
        pieces.append(#"data: {"choices":[],"usage":{"prompt_tokens":50,"completion_tokens":4000}}"# + "\n\n")
        pieces.append("data: [DONE]\n\n")
        let sent = pieces
        let server = try await TestHTTPServer.start { _ in .stream(contentType: "text/event-stream", pieces: sent) }
        var model = spec(.openai, server.url, name: "small")
        model.toolCalls = "prompt"
        let router = ModelRouter(config: config([model], route: ["small"]))
        var request = ChatRequest(messages: [.user("Write a.py")], stream: true)
        request.stopWhenRepeating = true
        let (stopped, _) = try await router.chat(purpose: "ask", request: request)
        #expect(stopped.finishReason == RepeatingText.finishReason)
        let text = stopped.message.content
        #expect(text.hasPrefix(#"{"name": "write_file""#))
        // Three repeats and a few pieces more, not 600.
        #expect(text.components(separatedBy: #"print(\"hello\")"#).count - 1 < 20)
        #expect(RepeatingText.endsRepeating(text))
        // Counted from the text (the server reports usage only at the end).
        #expect((stopped.usage?.outputTokens ?? 0) < 200)
        request.stopWhenRepeating = false
        let (whole, _) = try await router.chat(purpose: "ask", request: request)
        #expect(whole.finishReason == "length" && whole.message.content.components(separatedBy: #"print(\"hello\")"#).count - 1 == 600)
        await server.stop()
    }
    /// A loop inside a call the server parses (`tool_calls` deltas, not text) is stopped too:
    /// the reply's text is the call so far, printed name first, so what it wrote can be read back.
    @Test func aCallsArgumentsThatRepeatStopTheStream() async throws {
        func piece(_ delta: String) -> String {
            #"data: {"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,\#(delta)}]},"finish_reason":null}]}"# + "\n\n"
        }
        var pieces = [piece(#""id":"c1","function":{"name":"write_file","arguments":"{\"path\": \"a.py\", \"content\": \""}"#)]
        for _ in 0..<600 { pieces.append(piece(#""function":{"arguments":"print(1)\\n"}"#)) }
        pieces.append(#"data: {"choices":[{"index":0,"delta":{},"finish_reason":"length"}]}"# + "\n\n")
        pieces.append("data: [DONE]\n\n")
        let sent = pieces
        let server = try await TestHTTPServer.start { _ in .stream(contentType: "text/event-stream", pieces: sent) }
        let router = ModelRouter(config: config([spec(.openai, server.url, name: "small")], route: ["small"]))
        var request = ChatRequest(messages: [.user("Write a.py")], stream: true)
        request.stopWhenRepeating = true
        let (stopped, _) = try await router.chat(purpose: "ask", request: request)
        #expect(stopped.finishReason == RepeatingText.finishReason && stopped.message.toolCalls.isEmpty)
        let text = stopped.message.content
        #expect(text.hasPrefix(#"{"name": "write_file", "arguments": {"path": "a.py", "content": "print(1)\n"#))
        #expect(text.components(separatedBy: "print(1)").count - 1 < 40)
        request.stopWhenRepeating = false
        let (whole, _) = try await router.chat(purpose: "ask", request: request)
        #expect(whole.finishReason == "length" && whole.message.toolCalls.first?.arguments.components(separatedBy: "print(1)").count == 601)
        await server.stop()
    }
}
