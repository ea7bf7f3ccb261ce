import Foundation
import StewardTestSupport
import Testing

@Suite("steward ask / models against real HTTP servers on 127.0.0.1")
struct ModelCLITests {
    static let sse = [
        #"data: {"choices":[{"index":0,"delta":{"content":"Hello"}}],"model":"qwen"}"#,
        #"data: {"choices":[{"index":0,"delta":{"content":" there"},"finish_reason":"stop"}],"model":"qwen"}"#,
        #"data: {"choices":[],"usage":{"prompt_tokens":5,"completion_tokens":2}}"#,
        "data: [DONE]",
    ].map { $0 + "\n\n" }

    @Test func askStreamsFallsBackAndSaysWhy() async throws {
        let server = try await TestHTTPServer.start { req in
            req.path == "/v1/models"
                ? .full(status: 200, body: #"{"object":"list","data":[{"id":"qwen","object":"model"}]}"#)
                : .stream(contentType: "text/event-stream", pieces: Self.sse, delay: 0.01)
        }
        defer { Task { await server.stop() } }
        // Refused for the whole test: no other test's server can take the port meanwhile.
        let gone = try RefusingPort()
        defer { withExtendedLifetime(gone) {} }
        let deadURL = gone.url
        let s = try Sandbox()
        try await s.ok("init")
        try await personCommits(
            s,
            [
                "steward.toml": """
                [models.dead]
                provider = "ollama"
                url = "\(deadURL)"
                model = "qwen3:1.7b"

                [models.local]
                provider = "openai"
                url = "\(server.url)"
                model = "qwen"

                [routes]
                ask = ["dead", "local"]
                """
            ])
        let r = try await s.steward("ask", "say hello")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "Hello there\n")
        #expect(r.stderr.contains("dead failed") && r.stderr.contains("ollama serve") && r.stderr.contains("answered by local"))
        let sent = try #require(server.requests.first { $0.path == "/v1/chat/completions" }?.json)
        #expect(((sent["messages"] as? [[String: Any]])?.first?["content"] as? String) == "say hello")
        let models = try json(try await s.ok("models", "--json")) as! [String: Any]
        let list = models["models"] as! [[String: Any]]
        #expect(list.first { $0["name"] as? String == "local" }?["reachable"] as? Bool == true)
        #expect(list.first { $0["name"] as? String == "dead" }?["reachable"] as? Bool == false)
        // Nothing answers: exit 1, every reason named (a model cooling down is still tried
        // when it is the only one left).
        try await personCommits(
            s, ["steward.toml": "[models.dead]\nprovider = \"ollama\"\nurl = \"\(deadURL)\"\nmodel = \"m\"\n[routes]\nask = [\"dead\"]\n"])
        let none = try await s.steward("ask", "hi")
        #expect(
            none.status == 1 && none.stderr.contains("no model on the 'ask' route could answer") && none.stderr.contains("ollama serve"),
            "exit \(none.status): \(none.stderr)")
    }

    @Test func cloudAskMeansNoWithoutATerminal() async throws {
        let server = try await TestHTTPServer.start { _ in .full(status: 200, body: "{}") }
        defer { Task { await server.stop() } }
        let s = try Sandbox()
        try await s.ok("init")
        try await personCommits(
            s,
            [
                "steward.toml": """
                [models.claude]
                provider = "anthropic"
                url = "\(server.url)"
                model = "claude-sonnet-4-5"
                [routes]
                ask = ["claude"]
                [privacy]
                cloud = "ask"
                """
            ])
        let r = try await s.steward(["ask", "hi"], env: ["ANTHROPIC_API_KEY": "sk-test"])
        #expect(r.status == 3 && r.stderr.contains("no one to ask"), "refused by policy: exit 3")
        #expect(server.requests.isEmpty, "nothing left the machine")
    }
}

@Suite("steward models and ask: policy details")
struct ModelPolicyCLITests {
    @Test func modelsDoesNotContactCloudProvidersUnlessAllowed() async throws {
        let server = try await TestHTTPServer.start { _ in .full(status: 200, body: #"{"data":[]}"#) }
        defer { Task { await server.stop() } }
        let s = try Sandbox()
        try await s.ok("init")
        try await personCommits(
            s, ["steward.toml": "[models.claude]\nprovider = \"anthropic\"\nurl = \"\(server.url)\"\nmodel = \"c\"\n[privacy]\ncloud = \"ask\"\n"])
        let r = try json(try await s.ok("models", "--json")) as! [String: Any]
        let entry = (r["models"] as! [[String: Any]])[0]
        #expect((entry["error"] as? String ?? "").contains("not contacted") && server.requests.isEmpty)
        #expect(try await s.steward("ask", "--route", "embed", "hi").status == 2)
    }
}
