import Foundation
import StewardTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Resolving a comment while the remote does not answer (spec 22.4, "Offline"): on a numbered
/// proposal it is kept with the comments made offline (`refs/steward/unsynced-comments/N`),
/// shown resolved (not synced yet) here, and published in order by the next `steward sync`
/// (once, also after a sync killed as its push landed; not at all when another machine resolved
/// the comment first); on an offline proposal it goes on oJ's own comment chain and with it to
/// N. A real `git daemon` remote, every `steward` a child process.
@Suite("Resolving comments while the remote does not answer", .serialized)
struct OfflineResolveTests {
    /// A and B on a remote with #1 whose comments 1 and 2 (by B) are synced; A's origin then
    /// on a closed port.
    static func setUp() async throws -> (remote: GitDaemon.Repository, a: Sandbox, b: Sandbox) {
        let (remote, a, b) = try await OfflineCommentTests.setUp()
        #expect(try await b.ok("comment", "1", "memory/a.md:1", "first from b").contains("Comment 1 on #1"))
        #expect(try await b.ok("comment", "1", "second from b").contains("Comment 2 on #1"))
        _ = try await a.git("remote", "set-url", "origin", remote.url)
        try await a.ok("sync")
        _ = try await a.git("remote", "set-url", "origin", "git://127.0.0.1:\(try freeLoopbackPort())/nothing.git")
        return (remote, a, b)
    }

    /// `comments N --json` of `s`: each comment's id, state, who resolved it, and whether that
    /// resolution is not synced yet.
    static func states(_ s: Sandbox, _ n: String = "1") async throws -> [(id: Int, state: String, by: String?, unsynced: Bool)] {
        let list: [[String: Any]] = try SyncCLITests.shaped(try await s.ok("comments", n, "--json"))
        return list.map {
            ($0["id"] as? Int ?? -1, $0["state"] as? String ?? "", $0["resolvedBy"] as? String, $0["resolutionUnsynced"] as? Bool ?? false)
        }
    }

    /// The records on the remote's `comments/N`, oldest first: kind and what a resolution resolves.
    static func remoteRecords(_ remote: GitDaemon.Repository, _ n: Int = 1) throws -> [String] {
        let log = try gitCLI(["log", "--reverse", "--format=%x1e%b", "refs/steward/comments/\(n)"], in: remote.path)
        return try log.split(separator: "\u{1e}").compactMap { body in
            guard let line = body.split(separator: "\n").first(where: { $0.hasPrefix("{") }) else { return nil }
            let r = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
            return r["kind"] as? String == "resolved" ? "resolved \(r["resolves"] as? Int ?? -1)" : "comment \(r["text"] as? String ?? "")"
        }
    }

    @Test(
        "comment 1 --resolve 1 with origin not answering: kept, shown resolved (not synced yet); sync publishes it after the comment made before it")
    func resolvedOfflineThenPublished() async throws {
        let (remote, a, b) = try await Self.setUp()
        let sharedBefore = try SyncCLITests.sharedRefs(a.ws)
        try await a.ok("comment", "1", "a comment made offline")
        let r = try await a.steward("comment", "1", "--resolve", "1")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Resolved comment 1 on #1") && r.stdout.contains("the resolution is kept on this machine"), "\(r.stdout)")
        // Nothing shared moved; here comment 1 is resolved, not synced yet; 2 is open.
        let kept = "refs/steward/unsynced-comments/"
        #expect(try SyncCLITests.sharedRefs(a.ws).filter { !$0.key.hasPrefix(kept) } == sharedBefore)
        #expect(try await a.git("rev-list", "--count", kept + "1") == "2\n")
        let here = try await Self.states(a)
        #expect(here.map(\.id) == [1, 2, 0] && here.map(\.state) == ["resolved", "open", "open"], "\(here)")
        #expect(here[0].unsynced && here[0].by == "tester" && !here[1].unsynced, "\(here)")
        #expect(try await a.ok("comments", "1").contains("resolved by tester (not synced yet)"))
        // Resolving it again here is refused; --json gives the comment.
        let again = try await a.steward("comment", "1", "--resolve", "1")
        #expect(again.status != 0 && again.stderr.contains("comment 1 on #1 was already resolved by tester"), "\(again.stderr)")
        let json = try SyncCLITests.object(try await a.ok("comment", "1", "--resolve", "2", "--json"))
        #expect(json["id"] as? Int == 2 && json["state"] as? String == "resolved" && json["resolutionUnsynced"] as? Bool == true, "\(json)")

        _ = try await a.git("remote", "set-url", "origin", remote.url)
        let synced = try await a.steward("sync")
        #expect(synced.status == 0, "\(synced.stderr)")
        #expect(synced.stdout.contains("is now comment 3"), "\(synced.stdout)")
        #expect(synced.stdout.contains("Comment 1 on #1, resolved here offline, is now resolved on origin (record 4)"), "\(synced.stdout)")
        #expect(synced.stdout.contains("Comment 2 on #1, resolved here offline, is now resolved on origin (record 5)"), "\(synced.stdout)")
        let expected = ["comment first from b", "comment second from b", "comment a comment made offline", "resolved 1", "resolved 2"]
        #expect(try Self.remoteRecords(remote) == expected)
        #expect(try await a.git("for-each-ref", "refs/steward/unsynced-comments").isEmpty)
        #expect(try await a.ok("sync").contains("Already in step"))
        #expect(try Self.remoteRecords(remote) == expected)
        // B sees them resolved by A's person once it syncs.
        try await b.ok("sync")
        for s in [a, b] {
            let seen = try await Self.states(s)
            #expect(
                seen.map(\.id) == [1, 2, 3] && seen.map(\.state) == ["resolved", "resolved", "open"] && !seen.contains { $0.unsynced }, "\(seen)")
        }
    }

    @Test("A resolves comment 1 offline, B resolves it online meanwhile: A's sync pushes nothing for it and says who resolved it")
    func resolvedElsewhereFirst() async throws {
        let (remote, a, b) = try await Self.setUp()
        try await a.ok("comment", "1", "--resolve", "1")
        #expect(try await b.ok("comment", "1", "--resolve", "1").contains("Resolved comment 1 on #1"))
        _ = try await a.git("remote", "set-url", "origin", remote.url)
        let synced = try await a.steward("sync")
        #expect(synced.status == 0, "\(synced.stderr)")
        #expect(synced.stdout.contains("Comment 1 on #1, resolved here offline, was already resolved on origin by tester"), "\(synced.stdout)")
        #expect(try Self.remoteRecords(remote) == ["comment first from b", "comment second from b", "resolved 1"])
        #expect(try await a.git("for-each-ref", "refs/steward/unsynced-comments").isEmpty)
        #expect(try await Self.states(a).map(\.state) == ["resolved", "open"])
    }

    @Test("a sync killed right after its push of the resolution landed: the next sync does not push it again")
    func aKilledSyncDoesNotResolveTwice() async throws {
        let (remote, a, _) = try await Self.setUp()
        try await a.ok("comment", "1", "--resolve", "1")
        try await a.ok("comment", "1", "--resolve", "2")
        try await syncKilledOnceCommentsOfOneLand(a, remote)
        #expect(try Self.remoteRecords(remote) == ["comment first from b", "comment second from b", "resolved 1"])
        let synced = try await a.steward("sync")
        #expect(synced.status == 0, "\(synced.stderr)")
        #expect(synced.stdout.contains("Comment 2 on #1") && !synced.stdout.contains("Comment 1 on #1"), "\(synced.stdout)")
        #expect(try Self.remoteRecords(remote) == ["comment first from b", "comment second from b", "resolved 1", "resolved 2"])
        #expect(try await a.git("for-each-ref", "refs/steward/unsynced-comments").isEmpty)
    }

    @Test("the dashboard's resolve form and the API's resolve with origin not answering: kept, said so, shown resolved (not synced yet)")
    func resolvedOfflineFromServe() async throws {
        let (remote, a, _) = try await Self.setUp()
        let server = try Served(a)
        defer { server.stop() }
        let browser = try await DashboardCatchUpTests.Browser(a, port: try #require(server.port))
        let page = try await browser.get("/proposals/1")
        #expect(page.body.contains("/proposals/1/comments/1/resolve"), "\(page.body)")
        let csrf = try #require(page.body.range(of: "name=\"csrf\" value=\"").map { String(page.body[$0.upperBound...].prefix { $0 != "\"" }) })
        let form = try await browser.get(
            "/proposals/1/comments/1/resolve",
            ["-b", browser.jar, "-H", "Origin: http://127.0.0.1:\(browser.port)", "--data-urlencode", "csrf=\(csrf)"])
        #expect(form.status == "303", "\(form)")
        let after = try await browser.get("/proposals/1")
        #expect(after.body.contains("Comment 1 resolved, kept on this machine: the remote did not answer"), "\(after.body)")
        #expect(after.body.contains("resolved</span> by api:owner (not synced yet)"), "\(after.body)")
        let api = try await browser.get(
            "/api/v1/proposals/1/comments",
            ["-H", "Authorization: Bearer \(browser.token)", "-H", "Content-Type: application/json", "--data", #"{"resolve": 2}"#])
        #expect(api.status == "200", "\(api)")
        let resolved = try SyncCLITests.object(api.body)
        #expect(resolved["id"] as? Int == 2 && resolved["state"] as? String == "resolved" && resolved["resolutionUnsynced"] as? Bool == true)
        #expect(try await a.git("rev-list", "--count", "refs/steward/unsynced-comments/1") == "2\n")
        _ = try await a.git("remote", "set-url", "origin", remote.url)
        #expect(try await a.ok("sync").contains("Comment 2 on #1, resolved here offline, is now resolved on origin"))
        #expect(try Self.remoteRecords(remote) == ["comment first from b", "comment second from b", "resolved 1", "resolved 2"])
    }

    @Test("comment o1 --resolve 1: on o1's own chain, shown resolved; sync carries comment and resolution to #2")
    func resolvedOnAnOfflineProposal() async throws {
        let (remote, a, _) = try await Self.setUp()
        let made = try SyncCLITests.object(
            try await a.ok("propose", "--title", "Offline note", "--agent", "test", "--json", stdin: writeOp("memory/o.md", "written offline\n")))
        #expect(made["offline"] as? String == "o1")
        try await a.ok("comment", "o1", "memory/o.md:1", "why offline?")
        try await a.ok("comment", "o1", "keep it short")
        let r = try await a.steward("comment", "o1", "--resolve", "1")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Resolved comment 1 on o1") && r.stdout.contains("until 'steward sync' numbers o1"), "\(r.stdout)")
        #expect(try await Self.states(a, "o1").map(\.state) == ["resolved", "open"])
        let missing = try await a.steward("comment", "o1", "--resolve", "7")
        #expect(missing.status != 0 && missing.stderr.contains("o1 has no comment 7"), "\(missing.stderr)")
        #expect(try await a.git("for-each-ref", "refs/steward/comments/2").isEmpty)
        // While a sync numbers o1 (its note there), nothing is added to o1's comments: the sync
        // deletes the chain it carried once its push is done.
        let chain = try await a.git("rev-parse", "refs/steward/offline-comments/1")
        let notes = a.ws + "/.steward/offline-numbering"
        try FileManager.default.createDirectory(atPath: notes, withIntermediateDirectories: true)
        try "7 \(String(repeating: "0", count: 40))\n".write(toFile: notes + "/1", atomically: true, encoding: .utf8)
        for args in [["comment", "o1", "--resolve", "2"], ["comment", "o1", "one more"]] {
            let refused = try await a.steward(args)
            #expect(refused.status != 0 && refused.stderr.contains("o1 is being numbered by 'steward sync'"), "\(refused.stderr)")
        }
        #expect(try await a.git("rev-parse", "refs/steward/offline-comments/1") == chain)
        try FileManager.default.removeItem(atPath: notes + "/1")

        _ = try await a.git("remote", "set-url", "origin", remote.url)
        let synced = try await a.steward("sync")
        #expect(synced.status == 0 && synced.stdout.contains("o1 is now #2"), "\(synced.stdout)\(synced.stderr)")
        #expect(try Self.remoteRecords(remote, 2) == ["comment why offline?", "comment keep it short", "resolved 1"])
        let seen = try await Self.states(a, "2")
        #expect(seen.map(\.id) == [1, 2] && seen.map(\.state) == ["resolved", "open"] && seen[0].by == "tester", "\(seen)")
    }
}
