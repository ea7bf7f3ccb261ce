import Foundation
import StewardTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A task's late offline proposal marked where the person decides (spec 23.4, "Hand-over"): the
/// first holder's proposal is `o1` on its own machine (its remote did not answer) when it is
/// killed; the task starts again elsewhere on a fresh proposal; the dead machine, back, syncs,
/// and o1 gets a number. `review` (and `--json`), `diff` and the dashboard of a real `serve`
/// on the other machine then mark both: which task, which proposal it went on with, keep one.
/// Real `steward worker` processes, a real PostgreSQL, a git daemon remote, curl.
@Suite("review and the dashboard mark a late offline proposal")
struct LateOfflineReviewTests {
    @Test func theLateOfflineProposalAndTheOneTheTaskWentOnWithAreMarked() async throws {
        let (server, h) = try await Household.handingOver()
        defer { Task { await server.stop() } }
        try await h.takeOffline(0)
        let id = try await h.enqueue(0, "Write outputs/o1.md")
        try await h.handOver(server, whileStuck: { () async throws in #expect(try h.psql("SELECT status, proposal FROM task") == "running|0") })
        let went = Int(try h.psql("SELECT proposal FROM task")) ?? 0
        #expect(went > 0)
        let late = try await h.syncLate(0, went: went).late

        // review: both rows say it.
        let lateNote =
            "#\(late) holds what task \(id) did before another worker took it over; the task went on as #\(went), done: keep one ('steward reject \(late)' drops this one)"
        let wentNote =
            "task \(id) also left #\(late), what it did before another worker took it over: keep one ('steward reject \(late)' drops that one)"
        let review = try await h.steward(0, ["review"])
        #expect(review.status == 0, "\(review.stderr)")
        let rows = review.stdout.split(separator: "\n").map(String.init)
        #expect(rows.contains { $0.hasPrefix("\(late) ") && $0.contains(lateNote) }, "\(review.stdout)")
        #expect(rows.contains { $0.hasPrefix("\(went) ") && $0.contains(wentNote) }, "\(review.stdout)")
        // review --json: the late one carries the facts; the other none.
        let listed = try #require(try json(try await h.steward(0, ["review", "--json"]).stdout) as? [[String: Any]])
        let mark = try #require(listed.first { $0["number"] as? Int == late }?["late"] as? [String: Any], "\(listed)")
        #expect(mark["task"] as? String == id && mark["wentOn"] as? Int == went, "\(mark)")
        #expect(mark["taskStatus"] as? String == "done" && mark["wentOnStatus"] as? String == "pending", "\(mark)")
        #expect(mark["note"] as? String == lateNote, "\(mark)")
        #expect(listed.first { $0["number"] as? Int == went }.map { $0["late"] == nil } == true, "\(listed)")
        // diff, where the person looks before deciding.
        let diff = try await h.steward(0, ["diff", "\(late)"])
        #expect(diff.status == 0 && diff.stdout.contains(lateNote), "\(diff.stdout)\(diff.stderr)")

        // The dashboard of the other machine (its list catches up with the remote first).
        let serve = try #require(await ClusterServe.startTogether(h, [1], arguments: ["--workers", "0"]).first)
        defer { serve.stop() }
        let port = try #require(serve.port, "\(serve.log)")
        let page = try await DashboardPages(h, 1, port: port)
        let list = try await page.get("/proposals")
        #expect(list.contains("href=\"/proposals/\(late)\""), "\(list)")
        // In HTML, ' is escaped: the sentences are matched up to their first quote.
        let lateHead = String(lateNote.prefix { $0 != "'" })
        let wentHead = String(wentNote.prefix { $0 != "'" })
        #expect(list.contains("<span class=\"late\">\(lateHead)"), "\(list)")
        #expect(list.contains("<span class=\"late\">\(wentHead)"), "\(list)")
        let latePage = try await page.get("/proposals/\(late)")
        // In the Decide section, above the Approve button.
        let decide = try #require(latePage.range(of: "id=\"decide-h\"").map { String(latePage[$0.upperBound...]) }, "\(latePage)")
        let approve = try #require(decide.range(of: "id=\"approve\"")).lowerBound
        #expect(decide[..<approve].contains("id=\"late\">\(lateHead)"), "\(latePage)")
        let wentPage = try await page.get("/proposals/\(went)")
        #expect(wentPage.contains("id=\"late\">Task \(id) also left #\(late), what it did before"), "\(wentPage)")

        // approve's question (a terminal, through script(1)) comes after the note; "n" changes nothing.
        let asked = try await run(
            "/usr/bin/script",
            ["-q", "-e", "-c", "'\(try stewardBinary)' --workspace '\(h.machines[0].ws)' approve \(late)", "/dev/null"],
            stdin: "n\n", env: h.env)
        #expect(asked.stdout.contains(lateNote) && asked.stdout.contains("Not approved; nothing changed."), "\(asked.stdout)\(asked.stderr)")
        let question = try #require(asked.stdout.range(of: "Approve #\(late) and merge it into main?"), "\(asked.stdout)")
        #expect(asked.stdout[..<question.lowerBound].contains(lateNote), "\(asked.stdout)")
        // Once the one the task went on with is approved, the late one says what approving it would do.
        let approved = try await h.steward(0, ["approve", "\(went)", "--yes"])
        #expect(approved.status == 0, "\(approved.stdout)\(approved.stderr)")
        let after = try await h.steward(0, ["review"])
        #expect(
            after.stdout.contains(
                "the task went on as #\(went), done: #\(went) is approved already, so approving #\(late) as well would do the task twice ('steward reject \(late)' drops this one)"
            ), "\(after.stdout)")
    }
}

/// A signed-in dashboard on one machine of a household (the owner's token through the login
/// form; the session cookie in a jar in that machine's folder), read with curl.
struct DashboardPages {
    let port: Int
    let jar: String

    init(_ h: Household, _ i: Int, port: Int) async throws {
        self.port = port
        jar = h.machines[i].dir + "/cookies-\(UUID().uuidString.prefix(8)).txt"
        let token = try await h.steward(i, ["token"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let login = try await run(
            "/usr/bin/curl", ["-s", "-o", "/dev/null", "-w", "%{http_code}", "-c", jar, "--data-urlencode", "token=\(token)", url("/login")],
            stdin: nil, env: [:])
        #expect(login.stdout == "303", "\(login.stdout)\(login.stderr)")
    }

    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// The page at `path` with the session (a 200 is expected).
    func get(_ path: String) async throws -> String {
        let r = try await run("/usr/bin/curl", ["-s", "-b", jar, "-w", "\n%{http_code}", url(path)], stdin: nil, env: [:])
        let cut = try #require(r.stdout.lastIndex(of: "\n"))
        #expect(r.stdout[r.stdout.index(after: cut)...] == "200", "\(path): \(r.stdout)")
        return String(r.stdout[..<cut])
    }
}
