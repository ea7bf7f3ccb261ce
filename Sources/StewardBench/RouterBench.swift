import AsyncHTTPClient
import Foundation
import NIOCore
import StewardCore
import StewardModels
import StewardSandbox
import StewardStore
import StewardTestSupport

// steward-bench router [--requests N] [--litellm PYTHON] [--steward PATH]
//
// Router overhead per request over a direct HTTP call (that decodes the JSON reply, as the
// Python peer does) to the same loopback server (an
// OpenAI-compatible reply, whole and streamed), measured in one run; with --litellm, the
// same for LiteLLM's Router (Python in the given venv) against the same server, and the
// cold start of `steward review --json` on 1,000 proposals vs `import litellm`.
enum RouterBench {
    static let reply =
        #"{"id":"c","object":"chat.completion","created":1,"model":"qwen","choices":[{"index":0,"message":{"role":"assistant","content":"ok"},"finish_reason":"stop"}],"usage":{"prompt_tokens":5,"completion_tokens":1,"total_tokens":6}}"#
    static let sse = [
        #"data: {"id":"c","object":"chat.completion.chunk","model":"qwen","choices":[{"index":0,"delta":{"content":"o"}}]}"#,
        #"data: {"id":"c","object":"chat.completion.chunk","model":"qwen","choices":[{"index":0,"delta":{"content":"k"},"finish_reason":"stop"}]}"#,
        #"data: {"id":"c","object":"chat.completion.chunk","model":"qwen","choices":[],"usage":{"prompt_tokens":5,"completion_tokens":1}}"#,
        "data: [DONE]",
    ].map { $0 + "\n\n" }

    static func percentile(_ xs: [Double], _ p: Double) -> Double {
        let s = xs.sorted()
        return s.isEmpty ? .nan : s[min(s.count - 1, Int(Double(s.count) * p))]
    }

    static func run(_ args: [String]) async throws {
        var requests = 2000
        var python: String?
        var steward = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("steward").path
        if let unknown = unknownOption(
            in: args,
            [
                "--requests": { v in requests = Int(v) ?? requests },
                "--litellm": { v in python = v },
                "--steward": { v in steward = v },
            ])
        {
            throw StewardError.usage("unknown option \(unknown)")
        }
        let server = try await TestHTTPServer.start { req in
            req.text.contains("\"stream\":true") || req.text.contains("\"stream\": true")
                ? .stream(contentType: "text/event-stream", pieces: sse) : .full(status: 200, body: reply)
        }
        let body = #"{"model":"qwen","messages":[{"role":"user","content":"hi"}],"stream":false}"#
        let streamBody = #"{"model":"qwen","messages":[{"role":"user","content":"hi"}],"stream":true}"#
        let client = HTTPClient.shared
        func direct(_ payload: String, streaming: Bool) async throws {
            var r = HTTPClientRequest(url: server.url + "/v1/chat/completions")
            r.method = .POST
            r.headers.add(name: "content-type", value: "application/json")
            r.body = .bytes(ByteBuffer(string: payload))
            let response = try await client.execute(r, timeout: .seconds(30))
            if streaming {
                var text = ""
                for try await chunk in response.body { text += String(buffer: chunk) }
                guard text.contains("[DONE]") else { throw StewardError.failure("direct stream incomplete") }
            } else {
                // Decode the reply, as any client must (the Python peer does `.json()` too).
                let b = try await response.body.collect(upTo: 1 << 20)
                guard (try? JSONSerialization.jsonObject(with: Data(b.readableBytesView))) is [String: Any] else {
                    throw StewardError.failure("direct reply is not JSON")
                }
            }
        }
        let model = ModelSpec(
            name: "local", provider: .openai, url: server.url, model: "qwen", context: 8192, priceIn: 0, priceOut: 0, apiKeyEnv: nil,
            temperature: nil, maxTokens: nil, connectTimeout: 5, idleTimeout: 30, think: nil, keepAlive: nil, toolResults: "tool", cloud: false)
        let config = ModelsConfig(models: ["local": model], routes: ["ask": ["local"]])
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("steward-bench-router-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = try Store(path: dir + "/steward.db")
        let bare = ModelRouter(config: config)
        let recording = ModelRouter(config: config, ledger: store)
        let request = ChatRequest(messages: [.user("hi")], stream: false)
        let streamRequest = ChatRequest(messages: [.user("hi")], stream: true)

        /// The two series alternate call by call, so drift in the machine's speed hits both.
        func pair(_ label: String, _ a: () async throws -> Void, _ b: () async throws -> Void) async throws -> ([Double], [Double]) {
            progress("router bench: \(label)…")
            for _ in 0..<50 {
                try await a()
                try await b()
            }
            var xs: [Double] = []
            var ys: [Double] = []
            for _ in 0..<requests {
                var t = DispatchTime.now().uptimeNanoseconds
                try await a()
                xs.append(Double(DispatchTime.now().uptimeNanoseconds - t) / 1e6)
                t = DispatchTime.now().uptimeNanoseconds
                try await b()
                ys.append(Double(DispatchTime.now().uptimeNanoseconds - t) / 1e6)
            }
            return (xs, ys)
        }
        var rows: [(String, [Double], [Double])] = []
        let (r, d) = try await pair(
            "router vs direct, whole reply", { _ = try await bare.chat(purpose: "ask", request: request) },
            { try await direct(body, streaming: false) })
        let (rr, d2) = try await pair(
            "router + SQLite vs direct", { _ = try await recording.chat(purpose: "ask", request: request) },
            { try await direct(body, streaming: false) })
        let (rs, ds) = try await pair(
            "router vs direct, streamed", { for try await _ in bare.stream(purpose: "ask", request: streamRequest) {} },
            { try await direct(streamBody, streaming: true) })
        rows.append(("router", r, d))
        rows.append(("router + record in SQLite", rr, d2))
        rows.append(("router, streamed", rs, ds))

        print(
            "Router benchmark — release build, \(requests) calls per series after 50 warm-up, each series alternating call by call with its direct peer, one loopback server (\(server.url)), milliseconds"
        )
        print("")
        print("| series | p50 | p99 | direct HTTP p50 | direct p99 | overhead p50 | overhead p99 |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        for (name, xs, base) in rows {
            print(
                String(
                    format: "| %@ | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |", name, percentile(xs, 0.5), percentile(xs, 0.99),
                    percentile(base, 0.5), percentile(base, 0.99),
                    percentile(xs, 0.5) - percentile(base, 0.5), percentile(xs, 0.99) - percentile(base, 0.99)))
        }
        let ourOverhead = percentile(r, 0.5) - percentile(d, 0.5)
        if let python {
            progress("router bench: LiteLLM…")
            let script = """
                import os, sys, time, json
                os.environ["LITELLM_LOCAL_MODEL_COST_MAP"] = "True"
                import httpx, litellm
                from litellm import Router
                base = sys.argv[1]; n = int(sys.argv[2])
                router = Router(model_list=[{"model_name": "local", "litellm_params": {"model": "openai/qwen", "api_base": base + "/v1", "api_key": "none"}}])
                client = httpx.Client()
                body = {"model": "qwen", "messages": [{"role": "user", "content": "hi"}], "stream": False}
                def direct(): client.post(base + "/v1/chat/completions", json=body).json()
                def via(): router.completion(model="local", messages=[{"role": "user", "content": "hi"}])
                def pct(xs):
                    xs.sort(); return xs[len(xs)//2], xs[min(len(xs)-1, int(len(xs)*0.99))]
                for _ in range(50): direct(); via()
                dx, rx = [], []
                for _ in range(n):
                    t = time.perf_counter(); via(); rx.append((time.perf_counter() - t) * 1000)
                    t = time.perf_counter(); direct(); dx.append((time.perf_counter() - t) * 1000)
                d = pct(dx); r = pct(rx)
                print(json.dumps({"direct_p50": d[0], "direct_p99": d[1], "litellm_p50": r[0], "litellm_p99": r[1]}))
                """
            let out = try ProcessRunner.run(
                python, arguments: ["-c", script, server.url, "\(min(requests, 1000))"], stdin: Data(),
                environment: ["PATH": "/usr/bin:/bin", "HOME": dir, "LITELLM_LOCAL_MODEL_COST_MAP": "True", "NO_PROXY": "*"], directory: dir,
                timeout: 1200)
            guard out.status == 0, let json = try? JSONSerialization.jsonObject(with: out.stdout) as? [String: Double] else {
                throw StewardError.failure("LiteLLM run failed: \(String(decoding: out.stderr.suffix(2000), as: UTF8.self))")
            }
            let lo = json["litellm_p50"]! - json["direct_p50"]!
            print("")
            print("| LiteLLM Router (Python) | p50 | p99 | direct httpx p50 | direct p99 | overhead p50 | overhead p99 |")
            print("|---|---:|---:|---:|---:|---:|---:|")
            print(
                String(
                    format: "| litellm.Router.completion | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |", json["litellm_p50"]!, json["litellm_p99"]!,
                    json["direct_p50"]!, json["direct_p99"]!,
                    lo, json["litellm_p99"]! - json["direct_p99"]!))
            print("")
            // Below 0.01 ms the difference between two alternating series is noise (it can
            // even come out negative); count it as 0.01 ms, so the ratio is a lower bound.
            let floor = 0.01
            if ourOverhead < floor {
                print(
                    String(
                        format:
                            "Steward's router overhead is %.3f ms p50, within noise (counted as %.2f ms): at least %.0f× less than LiteLLM's %.3f ms.",
                        ourOverhead, floor, lo / floor, lo))
            } else {
                print(
                    String(format: "Steward's router overhead is %.3f ms p50, %.1f× less than LiteLLM's %.3f ms.", ourOverhead, lo / ourOverhead, lo))
            }
            // Cold start: `steward review --json` on 1,000 proposals vs `import litellm`.
            progress("router bench: cold start (1,000 proposals)…")
            let ws = dir + "/ws"
            let (w, _) = try await Workspace.create(at: ws, seed: Seed.files, by: "bench")
            let policy = try PathPolicy.outsideTools()
            for k in 0..<1000 {
                _ = try await w.propose(
                    title: "p\(k)", agent: "bench", operations: [.write(path: "memory/p\(k).md", content: Data("\(k)\n".utf8), executable: false)],
                    policy: policy)
            }
            func coldRuns(_ exe: String, _ a: [String]) throws -> Double {
                var xs: [Double] = []
                for _ in 0..<5 {
                    let t = DispatchTime.now().uptimeNanoseconds
                    let res = try ProcessRunner.run(
                        exe, arguments: a, stdin: Data(),
                        environment: ["PATH": "/usr/bin:/bin", "HOME": dir, "LITELLM_LOCAL_MODEL_COST_MAP": "True"], directory: dir, timeout: 600)
                    guard res.status == 0 else {
                        throw StewardError.failure("\(exe) failed: \(String(decoding: res.stderr.suffix(500), as: UTF8.self))")
                    }
                    xs.append(Double(DispatchTime.now().uptimeNanoseconds - t) / 1e6)
                }
                return percentile(xs, 0.5)
            }
            let review = try coldRuns(steward, ["review", "--json", "--workspace", ws])
            let importTime = try coldRuns(python, ["-c", "import litellm"])
            print("")
            print("| cold start (median of 5) | ms |")
            print("|---|---:|")
            print(String(format: "| `steward review --json`, 1,000 pending proposals | %.1f |", review))
            print(String(format: "| `python -c \"import litellm\"` | %.1f |", importTime))
            print(String(format: "| ratio | 1/%.0f |", importTime / review))
        }
        await server.stop()
    }
}
