import Foundation
import StewardTestSupport
import Testing

/// A schedule run at once with `[database]` (spec 23.6, "Run now"): claimed in the database as a
/// due run is, so three serves asked at once start one run, and `run-now` on another machine is
/// refused while that run's task is queued, then runs the task there once it has ended. Real
/// serves, a real PostgreSQL, a git daemon remote, curl.
@Suite("schedule run-now across machines", .serialized)
struct ScheduleRunNowClusterTests {
    @Test func threeServesAskedAtOnceStartOneRunAndRunNowElsewhereWaitsForIt() async throws {
        let model = try await TestHTTPServer.start(queueModel())
        defer { Task { await model.stop() } }
        let h = try await Household.withModel(model.url, machines: 3, leaseSeconds: 3)
        // Due only on 1 January at midnight: no run but those asked for.
        let added = try await h.steward(0, ["schedule", "add", "0 0 1 1 *", "Write outputs/s1.md", "--agent", "fileops", "--json"])
        #expect(added.status == 0, "\(added.stderr)")
        let schedule = try #require((try json(added.stdout) as? [String: Any])?["id"] as? Int, "\(added.stdout)")
        // No worker in these serves: the run asked for stays queued.
        let serves = await ClusterServe.startTogether(h, [0, 1, 2], arguments: ["--workers", "0"])
        defer { for s in serves { s.stop() } }
        var targets: [(port: Int, token: String)] = []
        for (i, s) in serves.enumerated() {
            let port = try #require(s.port, "a serve did not start: \(s.log)")
            targets.append((port, try await h.steward(i, ["token"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)))
        }
        let answers = try await withThrowingTaskGroup(of: (status: Int, body: String).self) { group in
            for t in targets { group.addTask { try await curl(t.port, t.token, "POST", "/api/v1/schedules/\(schedule)/run") } }
            return try await group.reduce(into: [(status: Int, body: String)]()) { $0.append($1) }
        }
        #expect(answers.map { $0.status }.sorted() == [202, 409, 409], "\(answers)")
        let started = try #require(answers.first { $0.status == 202 })
        let id = try #require((try json(started.body) as? [String: Any])?["id"] as? String, "\(started.body)")
        for refused in answers where refused.status == 409 {
            #expect(refused.body.contains("schedule \(schedule) is still running task \(id) (queued, for any machine"), "\(refused.body)")
        }
        // One run, claimed in the database, its task queued on main as it is here.
        #expect(try h.psql("SELECT count(*) FROM schedule_run") == "1")
        #expect(try h.psql("SELECT task FROM schedule_run") == id)
        #expect(try h.psql("SELECT last_task FROM schedule") == id)
        #expect(try h.psql("SELECT count(*) || ' ' || min(status) FROM task") == "1 queued")
        let main = try await h.machines[0].git("rev-parse", "main").trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try h.psql("SELECT main_commit FROM task") == main)

        // run-now on another machine runs here, but not while that task is queued.
        let refused = try await h.steward(1, ["schedule", "run-now", "\(schedule)"])
        #expect(refused.status == 4, "\(refused.stdout)\(refused.stderr)")
        #expect(refused.stderr.contains("is still running task \(id) (queued, for any machine's worker)"), "\(refused.stderr)")
        #expect(try h.psql("SELECT count(*) FROM schedule_run") == "1")
        #expect(try h.psql("SELECT count(*) FROM task") == "1")

        // Once it has ended (cancelled), run-now runs it on machine 1, recorded as that machine's run.
        let cancelled = try await h.steward(2, ["cancel", id])
        #expect(cancelled.status == 0, "\(cancelled.stdout)\(cancelled.stderr)")
        let ran = try await h.steward(1, ["schedule", "run-now", "\(schedule)"])
        #expect(ran.status == 0, "\(ran.stdout)\(ran.stderr)")
        #expect(try h.psql("SELECT count(*) FROM schedule_run") == "2")
        let second = try h.psql("SELECT task FROM schedule_run WHERE task <> '\(id)'")
        #expect(try h.psql("SELECT status || ' ' || fence FROM task WHERE id = '\(second)'") == "done 0")
        #expect(try h.psql("SELECT last_task FROM schedule") == second)
        let machine = try #require(h.machines[1].read(".steward/machine-id")).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try h.psql("SELECT machine FROM schedule_run WHERE task = '\(second)'") == machine)
    }
}
