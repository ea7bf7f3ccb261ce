import Foundation
import StewardTestSupport
import Testing

/// The dashboard's lists and the API's catch up with the remote first, as `review` does (spec
/// 22.6): a real `steward serve` on machine B, a real `git daemon` as the remote, read with curl.
@Suite("The dashboard's lists catch up with the remote first")
struct DashboardCatchUpTests {
    /// A signed-in dashboard on `s` (the owner's token through the login form; the session
    /// cookie kept in a jar in the sandbox).
    struct Browser {
        let port: Int
        let jar: String
        let token: String

        init(_ s: Sandbox, port: Int) async throws {
            self.port = port
            jar = s.dir + "/cookies.txt"
            token = try await s.ok("token").trimmingCharacters(in: .whitespacesAndNewlines)
            let login = try await get("/login", ["-c", jar, "--data-urlencode", "token=\(token)"])
            #expect(login.status == "303", "\(login)")
        }

        /// `path` read with the session cookie (or `extra` curl options): status, headers, body.
        func get(_ path: String, _ extra: [String]? = nil) async throws -> (status: String, headers: String, body: String) {
            let head = jar + ".head"
            let r = try await run(
                "/usr/bin/curl", ["-s", "-D", head, "-w", "\n%{http_code}"] + (extra ?? ["-b", jar]) + ["http://127.0.0.1:\(port)\(path)"],
                stdin: nil, env: [:])
            let cut = try #require(r.stdout.lastIndex(of: "\n"))
            let headers = (try? String(contentsOfFile: head, encoding: .utf8)) ?? ""
            return (String(r.stdout[r.stdout.index(after: cut)...]), headers, String(r.stdout[..<cut]))
        }

        /// An API list with the owner's token.
        func api(_ path: String) async throws -> (status: String, headers: String, body: String) {
            try await get("/api/v1/" + path, ["-H", "Authorization: Bearer \(token)"])
        }
    }

    @Test("B's dashboard lists #2, which A proposed and synced, without B running sync; the page says nothing about syncing")
    func theListCatchesUp() async throws {
        let (_, b) = try await ListingCatchUpTests.twoMachines()
        #expect(try await b.git("for-each-ref", "refs/heads/steward/2").isEmpty)
        let server = try Served(b)
        defer { server.stop() }
        let browser = try await Browser(b, port: try #require(server.port))
        let page = try await browser.get("/proposals")
        #expect(page.status == "200", "\(page.body)")
        #expect(
            page.body.contains("Pending proposals (2)") && page.body.contains("Second") && page.body.contains("href=\"/proposals/2\""), "\(page.body)"
        )
        #expect(!page.body.contains("not-synced"), "\(page.body)")
        // Taken into B's repository as `sync` takes it, and its audit events into the store.
        #expect(!(try await b.git("for-each-ref", "refs/heads/steward/2").isEmpty))
        let audit = try await browser.get("/audit")
        #expect(audit.status == "200" && audit.body.contains("Second"), "\(audit.body)")
        let listed = try await browser.api("proposals")
        #expect(listed.status == "200" && !listed.headers.lowercased().contains("steward-not-synced"), "\(listed)")
        #expect((try json(listed.body) as? [[String: Any]])?.map { $0["number"] as? Int } == [1, 2])
    }

    @Test("origin does not answer: the lists still answer 200 with what is local and say how old it is; the API in a header")
    func unreachableRemoteSaysHowOld() async throws {
        let (_, b) = try await ListingCatchUpTests.twoMachines()
        _ = try await b.git("remote", "set-url", "origin", "git://127.0.0.1:\(try freeLoopbackPort())/nothing.git")
        // The last good sync (the clone's) made 3 h 12 min ago.
        let state = b.ws + "/.steward/sync.json"
        var last = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: state))) as? [String: Any])
        last["date"] = ISO8601DateFormatter().string(from: Date().addingTimeInterval(-(3 * 3600 + 12 * 60)))
        try JSONSerialization.data(withJSONObject: last).write(to: URL(fileURLWithPath: state))
        let server = try Served(b)
        defer { server.stop() }
        let browser = try await Browser(b, port: try #require(server.port))
        let said = "(not synced with origin for 3 h: it did not answer)"
        let page = try await browser.get("/proposals")
        #expect(page.status == "200", "\(page.body)")
        #expect(page.body.contains("id=\"not-synced\">\(said)</p>"), "\(page.body)")
        #expect(page.body.contains("First") && !page.body.contains("Second"), "\(page.body)")
        let audit = try await browser.get("/audit")
        #expect(audit.status == "200" && audit.body.contains(said), "\(audit.body)")
        for path in ["proposals", "audit"] {
            let listed = try await browser.api(path)
            #expect(listed.status == "200" && listed.headers.contains("Steward-Not-Synced: \(said)"), "\(path): \(listed.headers)")
        }
        #expect((try json(try await browser.api("proposals").body) as? [[String: Any]])?.map { $0["number"] as? Int } == [1])
    }
}
