import Foundation
import Testing

/// The shapes `--json` and the API share (one type each): the same bytes for the same data from
/// the real `steward` binary and the real `steward serve`, and one problem-details object for
/// errors (the CLI's adds only `exitStatus`).
@Suite("--json and the API print the same shapes")
struct SharedShapesCLITests {
    /// `GET path` with the owner's token through curl: status, content type and body.
    static func get(_ port: Int, _ token: String, _ path: String) async throws -> (status: Int, type: String, body: String) {
        let r = try await run(
            "/usr/bin/curl",
            ["-s", "-H", "Authorization: Bearer \(token)", "-w", "\n%{http_code}\n%{content_type}", "http://127.0.0.1:\(port)\(path)"],
            stdin: nil, env: [:])
        var lines = r.stdout.components(separatedBy: "\n")
        let type = lines.removeLast()
        let status = Int(lines.removeLast()) ?? 0
        return (status, type, lines.joined(separator: "\n"))
    }

    @Test func aDiffAnErrorAndTheModelsAreTheSameFromTheCLIAndTheAPI() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        let n = try await s.propose(
            "two notes, one \u{202E}hidden",
            #"[{"op":"write","path":"memory/a.md","content":"alpha\nbeta\n"},{"op":"write","path":"outputs/b.md","content":"b \u202E\n"}]"#)
        let token = try await s.ok("token").trimmingCharacters(in: .whitespacesAndNewlines)
        let server = try Served(s)
        defer { server.stop() }
        let port = try #require(server.port)

        // The diff: `steward diff N --json` and GET .../diff?pretty=1, byte for byte.
        let cli = try await s.steward("diff", "\(n)", "--json")
        let api = try await Self.get(port, token, "/api/v1/proposals/\(n)/diff?pretty=1")
        #expect(cli.status == 0 && api.status == 200 && api.type == "application/json; charset=utf-8", "\(cli.stderr) \(api)")
        #expect(cli.stdout == api.body, "CLI:\n\(cli.stdout)\nAPI:\n\(api.body)")
        #expect(cli.stdout.contains(#"b \u202E"#) && cli.stdout.contains(#""path" : "outputs/b.md""#), "\(cli.stdout)")

        // An error: the same problem object; the CLI's adds its exit status, and its detail is
        // the stderr line's message.
        let missing = try await s.steward("diff", "99", "--json")
        let problem = try await Self.get(port, token, "/api/v1/proposals/99/diff?pretty=1")
        #expect(missing.status == 1 && problem.status == 404 && problem.type == "application/problem+json", "\(problem)")
        #expect(
            missing.stdout.replacingOccurrences(of: "  \"exitStatus\" : 1,\n", with: "") == problem.body,
            "CLI:\n\(missing.stdout)\nAPI:\n\(problem.body)")
        let fields = try #require(try json(missing.stdout) as? [String: Any])
        #expect(Set(fields.keys) == ["type", "title", "status", "detail", "code", "exitStatus"], "\(fields.keys)")
        #expect(
            fields["type"] as? String == "https://steward.invalid/problems/not-found" && fields["code"] as? String == "not-found"
                && fields["status"] as? Int == 404)
        #expect(missing.stderr == "steward: error: \(fields["detail"] as? String ?? "?")\n", "\(missing.stderr)")

        // The models: the API's entries are `steward models --json`'s without the probe's fields;
        // the spend figures are the same.
        let models = try #require(try json(try await s.ok("models", "--json")) as? [String: Any])
        let apiModels = try #require(try json(try await Self.get(port, token, "/api/v1/models").body) as? [[String: Any]])
        let probed = try #require(models["models"] as? [[String: Any]])
        let unprobed = probed.map { $0.filter { !["reachable", "installed", "hint", "error"].contains($0.key) } }
        #expect(!apiModels.isEmpty && NSArray(array: unprobed) == NSArray(array: apiModels), "CLI \(unprobed)\nAPI \(apiModels)")
        let spend = try #require(try json(try await Self.get(port, token, "/api/v1/spend").body) as? [String: Any])
        #expect(
            spend["todayUSD"] as? Double == models["spentTodayUSD"] as? Double
                && spend["monthlyCapUSD"] as? Double == models["monthlyCapUSD"] as? Double,
            "\(spend) \(models)")
    }

    /// A task's story: `steward task ID --json` and GET tasks/{id}?pretty=1, byte for byte (a
    /// task whose only model does not answer: it fails, and its record and steps are kept).
    @Test func aTaskIsTheSameFromTheCLIAndTheAPI() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        let routes = ["classify", "code", "research", "fileops", "ask"].map { "\($0) = [\"dead\"]" }.joined(separator: "\n")
        try await personCommits(
            s, ["steward.toml": "[models.dead]\nprovider = \"ollama\"\nurl = \"http://127.0.0.1:9\"\nmodel = \"qwen3:1.7b\"\n\n[routes]\n\(routes)\n"]
        )
        let run = try await s.steward("run", "say hello", "--json")
        let id = try #require((try? json(run.stdout) as? [String: Any])?["task"] as? String, "\(run.status) \(run.stdout) \(run.stderr)")
        let token = try await s.ok("token").trimmingCharacters(in: .whitespacesAndNewlines)
        let server = try Served(s)
        defer { server.stop() }
        let port = try #require(server.port)
        let cli = try await s.steward("task", id, "--json")
        let api = try await Self.get(port, token, "/api/v1/tasks/\(id)?pretty=1")
        #expect(cli.status == 0 && api.status == 200 && cli.stdout.contains("\"steps\" : ["), "\(cli.stderr) \(api)")
        #expect(cli.stdout == api.body, "CLI:\n\(cli.stdout)\nAPI:\n\(api.body)")
    }

    /// A conflict with `--json`: problem details on stdout with the paths, the usual line on
    /// stderr, exit 4; a usage error from the argument parser is a problem too.
    @Test func jsonErrorsAreProblemDetails() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        let first = try await s.propose("a", writeOp("memory/a.md", "one\n"))
        let second = try await s.propose("b", writeOp("memory/a.md", "two\n"))
        try await s.ok("approve", "\(first)", "--yes")
        let r = try await s.steward("approve", "\(second)", "--yes", "--json")
        #expect(r.status == 4 && r.stderr.hasPrefix("steward: error: cannot approve #\(second)"), "\(r.stderr)")
        let p = try #require(try json(r.stdout) as? [String: Any], "\(r.stdout)")
        #expect(p["type"] as? String == "https://steward.invalid/problems/conflict" && p["title"] as? String == "Conflicts with the current state")
        #expect(
            p["status"] as? Int == 409 && p["code"] as? String == "conflict" && p["exitStatus"] as? Int == 4
                && p["paths"] as? [String] == ["memory/a.md"], "\(p)")
        #expect(r.stderr.contains(p["detail"] as? String ?? "?"))
        let usage = try await s.steward("review", "--frob", "--json")
        let u = try #require(try json(usage.stdout) as? [String: Any], "\(usage.stdout)")
        #expect(
            usage.status == 2 && u["code"] as? String == "usage" && u["status"] as? Int == 400 && u["exitStatus"] as? Int == 2 && u["paths"] == nil,
            "\(u)")
    }
}
