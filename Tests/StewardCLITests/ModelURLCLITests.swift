import Foundation
import StewardTestSupport
import Testing

@Suite("steward models / ask: base URLs ending in /v1, served names, hints that fit the provider")
struct ModelURLCLITests {
    /// What llama.cpp's server reports without `--alias`: the GGUF file's full path.
    static let ggufPath = "/root/.cache/x/qwen2.5-coder-0.5b-instruct-q8_0.gguf"

    @Test func v1URLsServedNamesAndProviderHints() async throws {
        let llama = try await TestHTTPServer.start { req in
            switch req.path {
            case "/v1/models":
                .full(status: 200, body: #"{"object":"list","data":[{"id":"\#(Self.ggufPath)","object":"model","owned_by":"llamacpp"}]}"#)
            case "/v1/chat/completions": .stream(contentType: "text/event-stream", pieces: ModelCLITests.sse)
            default: .full(status: 404, contentType: "text/plain", body: "File Not Found")
            }
        }
        // Ollama answers a path it does not know with a plain 404.
        let ollama = try await TestHTTPServer.start { _ in .full(status: 404, contentType: "text/plain", body: "404 page not found") }
        defer {
            Task {
                await llama.stop()
                await ollama.stop()
            }
        }
        let s = try Sandbox()
        try await s.ok("init")
        try await personCommits(
            s,
            [
                "steward.toml": """
                [models.exact]
                provider = "openai"
                url = "\(llama.url)/v1"
                model = "qwen2.5-coder-0.5b-instruct-q8_0"

                [models.other]
                provider = "openai"
                url = "\(llama.url)/v1/"
                model = "qwen2.5-coder-0.5b"

                [models.oll]
                provider = "ollama"
                url = "\(ollama.url)/v1"
                model = "qwen3:1.7b"
                """
            ])
        let out = try json(try await s.ok("models", "--json")) as! [String: Any]
        let list = out["models"] as! [[String: Any]]
        func entry(_ name: String) -> [String: Any] { list.first { $0["name"] as? String == name } ?? [:] }
        #expect(
            entry("exact")["reachable"] as? Bool == true && entry("exact")["installed"] as? Bool == true,
            "the GGUF path's file name is the configured name")
        #expect(entry("other")["reachable"] as? Bool == true && entry("other")["installed"] as? Bool == false)
        let hint = entry("other")["hint"] as? String ?? ""
        #expect(
            hint.contains("qwen2.5-coder-0.5b-instruct-q8_0") && hint.contains("--alias qwen2.5-coder-0.5b") && !hint.contains("ollama pull"),
            "\(hint)")
        let error = entry("oll")["error"] as? String ?? ""
        #expect(entry("oll")["reachable"] as? Bool == false && error.contains("url ends in /v1 but provider = \"ollama\""), "\(error)")
        #expect(!llama.requests.contains { $0.path.hasPrefix("/v1/v1") })

        let text = try await s.ok("models")
        #expect(text.contains("other: ") && text.contains("--alias") && !text.contains("ollama pull"), "\(text)")
        let doctor = try await s.steward("doctor")
        #expect(doctor.stdout.contains("--alias qwen2.5-coder-0.5b") && !doctor.stdout.contains("ollama pull qwen2.5"), "\(doctor.stdout)")

        // A chat through the /v1 URL reaches /v1/chat/completions, once.
        let r = try await s.steward("ask", "--model", "exact", "say hello")
        #expect(r.status == 0 && r.stdout == "Hello there\n", "\(r.stderr)")
        #expect(llama.requests.filter { $0.path == "/v1/chat/completions" }.count == 1)
    }
}
