import Foundation
import StewardTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The API marks a task's late offline proposal as `review --json` does (spec 23.4, "Hand-over";
/// spec 21): `GET /api/v1/proposals` and `GET /api/v1/proposals/{n}` carry the same `late`
/// object, and the list's kept answer follows the shared database, which changes while no ref
/// does. The late proposal is made as in LateOfflineReviewTests: the first holder's proposal is
/// `o1` (its remote did not answer) when it is killed, the task goes on elsewhere, the dead
/// machine syncs. Real `steward worker`s, a real PostgreSQL, a git daemon remote, a real
/// `serve` on the other machine, curl.
@Suite("the API marks a late offline proposal")
struct LateOfflineAPITests {
    @Test func theAPIsProposalsCarryTheLateMark() async throws {
        let model = HandOverModel()
        let server = try await TestHTTPServer.start(model.respond)
        defer { Task { await server.stop() } }
        let h = try await Household.withModel(server.url, machines: 2, leaseSeconds: 2)
        let origin = try await h.machines[0].git("remote", "get-url", "origin").trimmingCharacters(in: .whitespacesAndNewlines)
        _ = try await h.machines[0].git("remote", "set-url", "origin", "git://127.0.0.1:\(try freeLoopbackPort())/nothing.git")
        let id = try await h.enqueue(0, "Write outputs/o1.md")
        let a = try BackgroundSteward.worker(h, 0)
        try await eventually("the first worker waits on its second reply") { server.requests.filter(hasToolResult).count == 1 }
        a.signal(SIGKILL)
        _ = await a.waitExit()
        let b = try BackgroundSteward.worker(h, 1)
        try await eventually("the task done on the second machine") { try h.psql("SELECT status FROM task") == "done" }
        b.signal(SIGTERM)
        #expect(await b.waitExit() == 0, "\(b.log)")
        let went = Int(try h.psql("SELECT proposal FROM task")) ?? 0
        _ = try await h.machines[0].git("remote", "set-url", "origin", origin)
        let synced = try await h.steward(0, ["sync"])
        let late = synced.stdout.firstMatch(of: /o1 is now #(\d+)/).flatMap { Int($0.1) } ?? 0
        try #require(synced.status == 0 && late > 0 && went > 0 && late != went, "\(synced.stdout) \(synced.stderr)")

        // review --json on the machine that made it: what the API must say too.
        let reviewed = try #require(try json(try await h.steward(0, ["review", "--json"]).stdout) as? [[String: Any]])
        let expected = try #require(reviewed.first { $0["number"] as? Int == late }?["late"] as? [String: Any], "\(reviewed)")
        #expect(expected["taskStatus"] as? String == "done" && expected["wentOn"] as? Int == went, "\(expected)")

        // The other machine's serve (its list catches up with the remote first).
        let serve = try #require(await ClusterServe.startTogether(h, [1], arguments: ["--workers", "0"]).first)
        defer { serve.stop() }
        let port = try #require(serve.port, "\(serve.log)")
        let token = try await h.steward(1, ["token"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        func listed() async throws -> [[String: Any]] {
            let r = try await curl(port, token, "GET", "/api/v1/proposals")
            #expect(r.status == 200, "\(r.body)")
            return try #require(try json(r.body) as? [[String: Any]], "\(r.body)")
        }
        func mark(_ list: [[String: Any]], _ n: Int) -> [String: Any]? { list.first { $0["number"] as? Int == n }?["late"] as? [String: Any] }
        // Twice: the second answer is the kept one (no ref changed since the first).
        for _ in 0..<2 {
            let list = try await listed()
            let got = try #require(mark(list, late), "\(list)")
            #expect(NSDictionary(dictionary: got).isEqual(to: expected), "\(got) vs \(expected)")
            #expect(list.contains { $0["number"] as? Int == went } && mark(list, went) == nil, "\(list)")
            try await Task.sleep(for: .milliseconds(100))
        }
        let one = try await curl(port, token, "GET", "/api/v1/proposals/\(late)")
        let single = try #require(try json(one.body) as? [String: Any], "\(one.body)")
        #expect(
            one.status == 200 && (single["late"] as? [String: Any]).map { NSDictionary(dictionary: $0).isEqual(to: expected) } == true, "\(one.body)")
        let other = try await curl(port, token, "GET", "/api/v1/proposals/\(went)")
        let otherProposal = try #require(try json(other.body) as? [String: Any], "\(other.body)")
        #expect(other.status == 200 && otherProposal["number"] as? Int == went && otherProposal["late"] == nil, "\(other.body)")

        // The database changes and no ref does: the list says so at once, not the kept answer.
        _ = try h.psql("UPDATE task SET status = 'failed' WHERE id = '\(id)'")
        let after = try #require(mark(try await listed(), late))
        #expect(after["taskStatus"] as? String == "failed", "\(after)")
        #expect((after["note"] as? String)?.contains("the task went on as #\(went), failed: keep one") == true, "\(after)")
    }
}
