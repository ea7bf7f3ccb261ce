import Foundation
import Testing

/// The same through `steward serve`'s API (`POST proposals/{n}/approve` with `only`/`except`,
/// `POST proposals/{n}/rollback` with `part`).
@Suite("Approving in parts through the API")
struct PartApprovalAPITests {
    func post(_ port: Int, _ token: String, _ path: String, _ body: String) async throws -> (status: String, body: String) {
        let r = try await run(
            "/usr/bin/curl",
            [
                "-s", "-w", "\n%{http_code}", "-X", "POST", "-H", "Authorization: Bearer \(token)", "-H", "Content-Type: application/json",
                "--data", body, "http://127.0.0.1:\(port)/api/v1/\(path)",
            ], stdin: nil, env: [:])
        let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        return (String(lines.last ?? ""), lines.dropLast().joined(separator: "\n"))
    }

    @Test func approveOnlyRejectUnknownAndRollBackAPart() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        let token = try await s.ok("token").trimmingCharacters(in: .whitespacesAndNewlines)
        let n = try await s.propose("Three notes", PartApprovalTests.threeFiles)
        let server = try Served(s)
        defer { server.stop() }
        let port = try #require(server.port)
        let refs = try await s.git("for-each-ref")
        let unknown = try await post(port, token, "proposals/\(n)/approve", #"{"only":["memory/x.md"]}"#)
        #expect(
            unknown.status == "400"
                && unknown.body.contains("#\(n) does not change memory/x.md; its files are: memory/a.md, memory/b.md, memory/c.md"), "\(unknown)")
        #expect(try await s.git("for-each-ref") == refs)
        let both = try await post(port, token, "proposals/\(n)/approve", #"{"only":["memory/a.md"],"except":["memory/b.md"]}"#)
        #expect(both.status == "400", "\(both)")
        let ok = try await post(port, token, "proposals/\(n)/approve", #"{"only":["memory/a.md","memory/b.md"]}"#)
        #expect(ok.status == "200", "\(ok)")
        let result = try json(ok.body) as? [String: Any]
        #expect(
            result?["part"] as? Int == 1 && result?["files"] as? [String] == ["memory/a.md", "memory/b.md"]
                && result?["declined"] as? [String] == ["memory/c.md"])
        #expect(try await s.git("diff", "--name-only", "main^1", "main") == "memory/a.md\nmemory/b.md\n")
        let back = try await post(port, token, "proposals/\(n)/rollback", #"{"part":1,"reason":"not yet"}"#)
        #expect(back.status == "201", "\(back)")
        #expect(try await s.git("diff", "--name-only", "main^", "main") == "memory/a.md\nmemory/b.md\n")
        #expect((try? await s.git("cat-file", "-e", "main:memory/a.md")) == nil)
        let rest = try await post(port, token, "proposals/\(n)/approve", #"{"except":[],"rejectRest":"x"}"#)
        #expect(rest.status == "400", "\(rest)")
    }
}
