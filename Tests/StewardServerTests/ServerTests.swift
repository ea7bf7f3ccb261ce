import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOHTTP1
import StewardCore
import StewardSandbox
import StewardServer
import StewardStore
import StewardTestSupport
import Testing

/// A real `steward serve` on 127.0.0.1, port 0, over a workspace in a temp folder.
final class LiveServer: @unchecked Sendable {
    // @unchecked: every field is set once in `start` before the server is used.
    let dir: String
    var state: ServerState!
    var port = 0
    var owner = ""
    var agentToken = ""
    var task: Task<Void, Error>?
    let http = HTTPClient(eventLoopGroupProvider: .singleton, configuration: .init(redirectConfiguration: .disallow))

    init() { dir = FileManager.default.temporaryDirectory.appendingPathComponent("steward-serve-\(UUID().uuidString)").path }

    static func start(
        config: String? = nil, limits: ConnectionLimits = .standard, logger: Logger = StewardServer.standardLogger()
    ) async throws -> LiveServer {
        let s = LiveServer()
        let (created, _) = try await Workspace.create(at: s.dir + "/ws", seed: Seed.files, by: "tester")
        if let config {
            // The person's own commit of steward.toml.
            try config.write(toFile: s.dir + "/ws/steward.toml", atomically: true, encoding: .utf8)
            _ = try gitCLI(["-c", "user.name=p", "-c", "user.email=p@x", "commit", "-qam", "config"], in: s.dir + "/ws")
        }
        _ = created
        let ws = try await Workspace.open(at: s.dir + "/ws") { try Store(path: $0 + "/steward.db") }
        let store = await ws.auditIndex as! Store
        s.state = ServerState(workspace: ws, store: store)
        s.owner = try s.state.tokens.owner().secret
        s.agentToken = try s.state.tokens.addAgent(label: "ci-bot").secret
        let bound = AsyncStream<Int>.makeStream()
        let state = s.state!
        s.task = Task {
            try await StewardServer.run(state, host: "127.0.0.1", port: 0, limits: limits, logger: logger) { bound.continuation.yield($0) }
        }
        for await p in bound.stream {
            s.port = p
            break
        }
        return s
    }

    func stop() async {
        task?.cancel()
        try? await http.shutdown()
        try? FileManager.default.removeItem(atPath: dir)
    }

    struct Reply {
        var status: Int
        var headers: HTTPHeaders
        var body: String
        var json: Any? { try? JSONSerialization.jsonObject(with: Data(body.utf8)) }
    }

    func send(
        _ method: HTTPMethod, _ path: String, token: String? = nil, body: String? = nil, contentType: String = "application/json",
        cookie: String? = nil
    ) async throws -> Reply {
        var req = HTTPClientRequest(url: "http://127.0.0.1:\(port)\(path)")
        req.method = method
        if let token { req.headers.add(name: "Authorization", value: "Bearer \(token)") }
        if let cookie { req.headers.add(name: "Cookie", value: cookie) }
        if let body {
            req.headers.add(name: "Content-Type", value: contentType)
            req.body = .bytes(ByteBuffer(string: body))
        }
        // A minute and a half: the whole suite runs at once on 2 cores, and one dashboard request
        // once waited past 30 s in CI (DiskSizeDashboardTests, HTTPClientError.deadlineExceeded;
        // 0.19 s alone).
        let r = try await http.execute(req, timeout: .seconds(90))
        let buf = try await r.body.collect(upTo: 10 << 20)
        return Reply(status: Int(r.status.code), headers: r.headers, body: String(buffer: buf))
    }

    func propose(_ path: String, _ text: String) async throws -> Int {
        try await state.workspace.propose(
            title: "note \(path)", agent: "cli", operations: [.write(path: path, content: Data(text.utf8), executable: false)],
            policy: try PathPolicy.outsideTools()
        ).number
    }
}

/// Every operation of the OpenAPI document, with its path parameters filled in.
func documentedOperations() throws -> [(HTTPMethod, String)] {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/openapi.json")
    let doc = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
    var out: [(HTTPMethod, String)] = []
    for (path, ops) in (doc["paths"] as! [String: [String: Any]]).sorted(by: { $0.key < $1.key }) {
        for method in ops.keys.sorted() {
            let p = path.replacingOccurrences(of: "{n}", with: "1").replacingOccurrences(of: "{id}", with: "1")
            out.append((HTTPMethod(rawValue: method.uppercased()), p))
        }
    }
    return out
}

@Suite(.serialized) struct ServerTests {
    @Test func everyRouteNeedsTheOwnersTokenAndTheDocumentMatchesTheRoutes() async throws {
        let s = try await LiveServer.start()
        defer { Task { await s.stop() } }
        let ops = try documentedOperations()
        #expect(ops.count >= 20)
        for (method, path) in ops {
            let body = method == .POST ? "{}" : nil
            let anonymous = try await s.send(method, path, body: body)
            let wrong = try await s.send(method, path, token: "stw_" + String(repeating: "0", count: 64), body: body)
            if path == "/api/v1/openapi.json" {
                #expect(anonymous.status == 200)
                continue
            }
            #expect(anonymous.status == 401, "\(method) \(path) without a token: \(anonymous.status)")
            #expect(anonymous.headers["WWW-Authenticate"].first?.hasPrefix("Bearer") == true)
            #expect(wrong.status == 401, "\(method) \(path) with a wrong token: \(wrong.status)")
            // With the owner's token the route exists (whatever it answers, it is JSON or a stream, never a routing 404 or a 5xx).
            let owned = try await s.send(method, path, token: s.owner, body: body)
            #expect(owned.status < 500, "\(method) \(path): \(owned.status) \(owned.body)")
            if owned.status == 404 {
                #expect((owned.json as? [String: Any])?["code"] as? String == "not-found", "\(method) \(path) is documented but not routed")
            }
            #expect(owned.headers["Content-Security-Policy"].first?.contains("frame-ancestors 'none'") == true)
        }
        // The served document is the one in the repository, byte for byte (embedded from it).
        let served = try await s.send(.GET, "/api/v1/openapi.json")
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/openapi.json")
        #expect(served.body == (try String(contentsOf: url, encoding: .utf8)), "the served document differs from docs/openapi.json")
    }

    /// The cached list never hides a change, however soon it comes after the last look.
    @Test func theListFollowsEveryChange() async throws {
        let s = try await LiveServer.start()
        defer { Task { await s.stop() } }
        func numbers() async throws -> [Int] {
            ((try await s.send(.GET, "/api/v1/proposals", token: s.owner).json as? [[String: Any]]) ?? []).compactMap { $0["number"] as? Int }
        }
        var expected: [Int] = []
        for round in 0..<6 {
            #expect(try await numbers() == expected, "round \(round)")
            if round % 2 == 1 { try await Task.sleep(nanoseconds: 120_000_000) }  // old enough to be cached
            #expect(try await numbers() == expected)
            expected.append(try await s.propose("memory/r\(round).md", "\(round)\n"))
            #expect(try await numbers() == expected, "a new proposal shows at once (round \(round))")
        }
        try await Task.sleep(nanoseconds: 120_000_000)
        _ = try await numbers()
        _ = try await s.state.workspace.approve(expected[0], by: "alice")
        _ = try await s.state.workspace.reject(expected[1], by: "alice", reason: nil)
        #expect(try await numbers() == Array(expected.dropFirst(2)), "decided proposals leave the list at once")
        // An append moves a head; the list shows the new line counts.
        try await Task.sleep(nanoseconds: 120_000_000)
        let before = try #require((try await s.send(.GET, "/api/v1/proposals", token: s.owner).json as? [[String: Any]])?.first?["additions"] as? Int)
        _ = try await s.state.workspace.append(
            to: expected[2], operations: [.write(path: "memory/more.md", content: Data("a\nb\n".utf8), executable: false)],
            policy: try PathPolicy.outsideTools(), agent: "cli", tool: "write_file")
        let after = try #require((try await s.send(.GET, "/api/v1/proposals", token: s.owner).json as? [[String: Any]])?.first?["additions"] as? Int)
        #expect(after == before + 2)
    }

    @Test func theAgentScopeCannotDecide() async throws {
        let s = try await LiveServer.start()
        defer { Task { await s.stop() } }
        let n = try await s.propose("memory/a.md", "a\n")
        for action in ["approve", "reject", "rollback"] {
            let r = try await s.send(.POST, "/api/v1/proposals/\(n)/\(action)", token: s.agentToken, body: "{}")
            #expect(r.status == 403 && r.body.contains("only the owner's token"), "\(action): \(r.status) \(r.body)")
        }
        // The agent token may read and start things.
        #expect(try await s.send(.GET, "/api/v1/proposals", token: s.agentToken).status == 200)
        #expect(try await s.state.workspace.proposal(n).status == .pending)
    }

    @Test func reviewAndDecideThroughTheAPI() async throws {
        let s = try await LiveServer.start()
        defer { Task { await s.stop() } }
        let n = try await s.propose("memory/a.md", "alpha\n")
        let list = try #require(try await s.send(.GET, "/api/v1/proposals", token: s.owner).json as? [[String: Any]])
        #expect(list.map { $0["number"] as? Int } == [n])
        let diff = try #require(try await s.send(.GET, "/api/v1/proposals/\(n)/diff", token: s.owner).json as? [String: Any])
        #expect((diff["patch"] as? String)?.contains("+alpha") == true)
        let stale = try await s.send(.POST, "/api/v1/proposals/\(n)/approve", token: s.owner, body: #"{"expectedHead":"0000000"}"#)
        #expect(stale.status == 409 && stale.body.contains("changed since you reviewed it"))
        let ok = try await s.send(.POST, "/api/v1/proposals/\(n)/approve", token: s.owner, body: "{}")
        #expect(ok.status == 200, "\(ok.body)")
        #expect(try gitCLI(["show", "main:memory/a.md"], in: s.dir + "/ws") == "alpha\n")
        #expect(try gitCLI(["log", "-1", "--format=%B", "main"], in: s.dir + "/ws").contains("Steward-Approved-By: api:owner"))
        let rb = try await s.send(.POST, "/api/v1/proposals/\(n)/rollback", token: s.owner, body: #"{"reason":"changed my mind"}"#)
        #expect(rb.status == 201)
        let rollback = try #require((rb.json as? [String: Any])?["rollbackNumber"] as? Int, "\(rb.body)")
        // The whole trail, oldest first: the proposal, its approval, the rollback under its own number.
        let audit = try #require(try await s.send(.GET, "/api/v1/audit", token: s.owner).json as? [[String: Any]])
        #expect(
            audit.map { "\($0["kind"] as? String ?? "?") #\($0["proposal"] as? Int ?? 0)" } == [
                "proposed #\(n)", "approved #\(n)", "rolled-back #\(rollback)",
            ])
        #expect(audit.last?["rollbackOf"] as? Int == n && audit.map { $0["sequence"] as? Int } == [1, 2, 3])
        // Validation errors are 4xx with a message, never 5xx.
        for (m, p, b) in [
            (HTTPMethod.GET, "/api/v1/proposals/abc", nil), (.GET, "/api/v1/proposals/999", nil), (.POST, "/api/v1/tasks", "[1,2"),
            (.POST, "/api/v1/tasks", #"{"task":""}"#), (.POST, "/api/v1/tasks", #"{"task":"x","agent":"root"}"#),
            (.POST, "/api/v1/schedules", #"{"cron":"61 * * * *","task":"x"}"#),
            (.POST, "/api/v1/schedules", #"{"cron":"@daily","task":"x","timeZone":"Mars/Base"}"#),
        ] as [(HTTPMethod, String, String?)] {
            let r = try await s.send(m, p, token: s.owner, body: b)
            #expect(
                (400..<500).contains(r.status) && (r.json as? [String: Any])?["status"] as? Int == r.status,
                "\(m) \(p) \(b ?? ""): \(r.status) \(r.body)")
        }
    }

    @Test func tasksRunAndStreamTheirEvents() async throws {
        let model = try await TestHTTPServer.start { req in
            guard req.path == "/v1/chat/completions" else { return .full(status: 404, body: "{}") }
            let sent = (req.json?["messages"] as? [[String: Any]])?.count ?? 0
            let call =
                sent <= 2
                ? #"{"name":"write_file","arguments":"{\"path\":\"outputs/hi.md\",\"content\":\"hi\\n\"}"}"#
                : #"{"name":"finish","arguments":"{\"summary\":\"done\"}"}"#
            let body =
                #"{"id":"c","object":"chat.completion","model":"m","choices":[{"index":0,"message":{"role":"assistant","content":null,"tool_calls":[{"id":"c1","type":"function","function":\#(call)}]},"finish_reason":"tool_calls"}],"usage":{"prompt_tokens":10,"completion_tokens":5}}"#
            if (req.json?["stream"] as? Bool) == true {
                let chunk =
                    #"{"id":"c","object":"chat.completion.chunk","model":"m","choices":[{"index":0,"delta":{"role":"assistant","content":null,"tool_calls":[{"index":0,"id":"c1","type":"function","function":\#(call)}]},"finish_reason":"tool_calls"}]}"#
                return .stream(contentType: "text/event-stream", pieces: ["data: \(chunk)\n\n", "data: [DONE]\n\n"])
            }
            return .full(status: 200, body: body)
        }
        defer { Task { await model.stop() } }
        let config = "[models.m]\nprovider = \"openai\"\nurl = \"\(model.url)\"\nmodel = \"m\"\n[routes]\nfileops = [\"m\"]\nclassify = [\"m\"]\n"
        let s = try await LiveServer.start(config: config)
        defer { Task { await s.stop() } }
        let started = try await s.send(.POST, "/api/v1/tasks", token: s.owner, body: #"{"task":"Write outputs/hi.md","agent":"fileops"}"#)
        #expect(started.status == 202, "\(started.body)")
        let id = try #require((started.json as? [String: Any])?["id"] as? String)
        let events = try await s.send(.GET, "/api/v1/tasks/\(id)/events", token: s.owner)
        #expect(events.headers["Content-Type"].first == "text/event-stream")
        #expect(events.body.contains("event: agent") && events.body.contains("event: tool") && events.body.contains("event: end"), "\(events.body)")
        #expect(events.body.range(of: "event: tool")!.lowerBound < events.body.range(of: "event: end")!.lowerBound)
        // Each event's data is one line of compact JSON, as every API body.
        for line in events.body.split(separator: "\n") where line.hasPrefix("data:") {
            #expect(
                line.hasPrefix(#"data: {""#) && (try? JSONSerialization.jsonObject(with: Data(line.dropFirst(6).utf8))) is [String: Any], "\(line)")
        }
        let detail = try #require(try await s.send(.GET, "/api/v1/tasks/\(id)", token: s.owner).json as? [String: Any])
        let task = try #require(detail["task"] as? [String: Any])
        #expect(task["status"] as? String == "done")
        let n = try #require(task["proposal"] as? Int)
        #expect(try gitCLI(["show", "steward/\(n):outputs/hi.md"], in: s.dir + "/ws") == "hi\n")
        #expect(try await s.send(.POST, "/api/v1/tasks/\(id)/cancel", token: s.owner).status == 409, "a finished task cannot be cancelled")
    }

    @Test func theDashboardLogsInOnceAndChecksCSRF() async throws {
        let s = try await LiveServer.start()
        defer { Task { await s.stop() } }
        let n = try await s.propose("memory/d.md", "dash\n")
        #expect(try await s.send(.GET, "/proposals").status == 303, "no session: to the login page")
        let bad = try await s.send(.POST, "/login", body: "token=nope", contentType: "application/x-www-form-urlencoded")
        #expect(bad.status == 401 && bad.body.contains("That is not the owner"))
        let agentLogin = try await s.send(.POST, "/login", body: "token=\(s.agentToken)", contentType: "application/x-www-form-urlencoded")
        #expect(agentLogin.status == 401, "only the owner logs in to the dashboard")
        let login = try await s.send(.POST, "/login", body: "token=\(s.owner)", contentType: "application/x-www-form-urlencoded")
        #expect(login.status == 303)
        let setCookie = try #require(login.headers["Set-Cookie"].first)
        #expect(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict"))
        let cookie = String(setCookie.prefix { $0 != ";" })
        let page = try await s.send(.GET, "/proposals/\(n)", cookie: cookie)
        #expect(page.status == 200 && page.body.contains("+dash"))
        #expect(page.headers["X-Frame-Options"].first == "DENY")
        let csrf = try #require(page.body.range(of: #"name="csrf" value=""#).map { String(page.body[$0.upperBound...].prefix(64)) })
        // Without the CSRF token (a form posted from another site would have the cookie but not this):
        let forged = try await s.send(
            .POST, "/proposals/\(n)/approve", body: "head=", contentType: "application/x-www-form-urlencoded", cookie: cookie)
        #expect(forged.status == 403)
        #expect(try await s.state.workspace.proposal(n).status == .pending)
        // The session cookie alone does not reach the API's state changes either.
        #expect(try await s.send(.POST, "/api/v1/proposals/\(n)/approve", body: "{}", cookie: cookie).status == 401)
        let approved = try await s.send(
            .POST, "/proposals/\(n)/approve", body: "csrf=\(csrf)", contentType: "application/x-www-form-urlencoded", cookie: cookie)
        #expect(approved.status == 303)
        #expect(try gitCLI(["show", "main:memory/d.md"], in: s.dir + "/ws") == "dash\n")
        // Each page names itself in its title (issue 15: distinct page titles).
        var titles: Set<String> = []
        for pagePath in ["/tasks", "/audit", "/skills", "/models", "/schedules", "/proposals"] {
            let r = try await s.send(.GET, pagePath, cookie: cookie)
            let title = r.body.range(of: "<title>").flatMap { start in
                r.body[start.upperBound...].range(of: "</title>").map { String(r.body[start.upperBound..<$0.lowerBound]) }
            }
            #expect(r.status == 200 && title?.hasSuffix(" · Steward") == true, "\(pagePath): \(r.status) \(title ?? "no title")")
            titles.insert(title ?? "")
        }
        #expect(titles.count == 6, "\(titles)")
    }
}
