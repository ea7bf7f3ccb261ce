import Foundation
import StewardCore
import StewardSandbox
import StewardServer
import Testing

/// The API's errors are RFC 9457 problem details, `application/problem+json`, with Steward's
/// code (and paths); request bodies are decoded into their types, and a body that does not fit
/// is a 400 naming the field, with nothing done.
@Suite(.serialized) struct ProblemDetailsTests {
    /// The reply's problem object, after checking its content type and the RFC's members.
    static func problem(_ r: LiveServer.Reply, _ status: Int, _ code: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String:
        Any]
    {
        #expect(r.status == status, "\(r.status) \(r.body)", sourceLocation: sourceLocation)
        #expect(r.headers["Content-Type"].first == "application/problem+json", "\(r.headers)", sourceLocation: sourceLocation)
        let p = try #require(r.json as? [String: Any], "\(r.body)", sourceLocation: sourceLocation)
        #expect(
            p["type"] as? String == "https://steward.invalid/problems/\(code)" && p["code"] as? String == code && p["status"] as? Int == status,
            "\(p)", sourceLocation: sourceLocation)
        #expect(!((p["title"] as? String) ?? "").isEmpty && !((p["detail"] as? String) ?? "").isEmpty, "\(p)", sourceLocation: sourceLocation)
        return p
    }

    @Test func errorsAreProblemDetails() async throws {
        let s = try await LiveServer.start()
        defer { Task { await s.stop() } }
        // 401, with its WWW-Authenticate header kept.
        let anonymous = try await s.send(.GET, "/api/v1/proposals")
        let unauthorized = try Self.problem(anonymous, 401, "unauthorized")
        #expect(
            anonymous.headers["WWW-Authenticate"].first == #"Bearer realm="steward""#
                && (unauthorized["detail"] as? String)?.contains("Bearer") == true)
        // 404: a proposal, and a route the API does not have.
        let missing = try Self.problem(try await s.send(.GET, "/api/v1/proposals/999", token: s.owner), 404, "not-found")
        #expect((missing["detail"] as? String)?.contains("#999") == true && missing["title"] as? String == "Not found", "\(missing)")
        let route = try Self.problem(try await s.send(.GET, "/api/v1/nothing-here", token: s.owner), 404, "not-found")
        #expect((route["detail"] as? String)?.contains("/api/v1/nothing-here") == true, "\(route)")
        // 403: an agent token may not decide.
        let n = try await s.propose("memory/a.md", "a\n")
        _ = try Self.problem(try await s.send(.POST, "/api/v1/proposals/\(n)/approve", token: s.agentToken, body: "{}"), 403, "refused")
        // 409 with the paths: two proposals writing one file; the second cannot be approved.
        let other = try await s.propose("memory/a.md", "b\n")
        #expect(try await s.send(.POST, "/api/v1/proposals/\(n)/approve", token: s.owner).status == 200)
        let conflict = try Self.problem(try await s.send(.POST, "/api/v1/proposals/\(other)/approve", token: s.owner, body: "{}"), 409, "conflict")
        #expect(conflict["paths"] as? [String] == ["memory/a.md"], "\(conflict)")
        _ = try Self.problem(try await s.send(.POST, "/api/v1/tasks/t-none/cancel", token: s.owner), 409, "conflict")
        // Pretty on request, compact otherwise.
        #expect(try await s.send(.GET, "/api/v1/proposals/999?pretty=1", token: s.owner).body.contains("\n  \"code\" : \"not-found\""))
        // The dashboard's pages are not the API's: never problem+json.
        let page = try await s.send(.GET, "/nothing-here")
        #expect(page.status == 404 && page.headers["Content-Type"].first != "application/problem+json", "\(page.headers)")
    }

    /// A request to the API beyond the connection limit is refused with a problem too
    /// (`unavailable`, 503, Retry-After), written before any route runs.
    @Test func aRefusedConnectionGetsAProblem() async throws {
        let s = try await LiveServer.start(limits: ConnectionLimits(maxConnections: 1, idleTimeout: .seconds(60), bodyTimeout: .seconds(60)))
        defer { Task { await s.stop() } }
        let held = try RawConnection(port: s.port)
        held.send("GET /login HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        guard case .data(let first) = held.read() else {
            Issue.record("no answer")
            return
        }
        #expect(first.hasPrefix("HTTP/1.1 200"))
        let refused = try RawConnection(port: s.port)
        refused.send("GET /api/v1/proposals HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        guard case .data(let text) = refused.read() else {
            Issue.record("the refused connection got no answer")
            return
        }
        #expect(
            text.hasPrefix("HTTP/1.1 503") && text.lowercased().contains("content-type: application/problem+json")
                && text.lowercased().contains("retry-after: 5"), "\(text)")
        #expect(
            text.contains(#""code":"unavailable""#) && text.contains(#""type":"https://steward.invalid/problems/unavailable""#)
                && text.contains("1 connections open"), "\(text)")
    }

    /// Bodies decoded into their types: a field of the wrong type, a missing one, a body that is
    /// not an object, each a 400 that names it; nothing is approved, started or scheduled.
    @Test func aMalformedBodyIsA400NamingTheField() async throws {
        let s = try await LiveServer.start()
        defer { Task { await s.stop() } }
        let n = try await s.propose("memory/a.md", "a\n")
        let cases: [(String, String, String)] = [
            ("/api/v1/proposals/\(n)/approve", #"{"acceptRisks":"yes"}"#, #""acceptRisks" must be true or false"#),
            ("/api/v1/proposals/\(n)/approve", #"{"expectedHead":42}"#, #""expectedHead" must be a string"#),
            ("/api/v1/proposals/\(n)/reject", #"{"reason":["no"]}"#, #""reason" must be a string"#),
            ("/api/v1/tasks", #"{"agent":"code"}"#, #""task" is required"#),
            ("/api/v1/tasks", #"{"task":null}"#, #""task" is required"#),
            ("/api/v1/tasks", #"{"task":5}"#, #""task" must be a string"#),
            ("/api/v1/tasks", "[1,2", "the body must be a JSON object"),
            ("/api/v1/tasks", "[1,2]", "the body must be a JSON object"),
            ("/api/v1/tasks", #"{"task":"x","agent":"root"}"#, #""agent" must be one of code, research, fileops"#),
            ("/api/v1/schedules", #"{"task":"x"}"#, #""cron" is required"#),
            ("/api/v1/schedules", #"{"cron":"@daily","task":"x","catchUp":"no"}"#, #""catchUp" must be true or false"#),
        ]
        for (path, body, says) in cases {
            let p = try Self.problem(try await s.send(.POST, path, token: s.owner, body: body), 400, "usage")
            #expect(p["detail"] as? String == says, "\(path) \(body): \(p)")
        }
        #expect(try await s.state.workspace.proposal(n).status == .pending)
        #expect(try await s.state.store.schedules().isEmpty)
        #expect(try await s.state.store.tasks(limit: 10).isEmpty)
        // An empty body is an empty object; the right types are accepted.
        #expect(try await s.send(.POST, "/api/v1/proposals/\(n)/reject", token: s.owner).status == 200)
        let added = try await s.send(
            .POST, "/api/v1/schedules", token: s.owner, body: #"{"cron":"@daily","task":"x","catchUp":false,"timeZone":"UTC"}"#)
        #expect(added.status == 201 && (added.json as? [String: Any])?["catchUp"] as? Bool == false, "\(added.body)")
    }
}
